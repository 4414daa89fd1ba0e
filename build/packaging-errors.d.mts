export function explainPackagingFailure(output: string): string | null
