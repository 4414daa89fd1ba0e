/** Shared shapes for the Reference screen's presentational components. */

/** A request, raised by a Copy button, to copy one email address. */
export interface CopyRequest {
  address: string
  /** Unique per button on the page, so feedback shows next to the button that was pressed. */
  sourceId: string
}

/** What happened to the last copy request (set by the view, shown by the component that raised it). */
export interface CopyStatus extends CopyRequest {
  ok: boolean
}

export interface ContentsItem {
  id: string
  title: string
  href: string
}
