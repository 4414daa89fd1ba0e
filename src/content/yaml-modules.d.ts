/** Content YAML files are turned into plain data at build time (build/vite-yaml-plugin.ts). */
declare module '*.yaml' {
  const data: unknown
  export default data
}
