// Build-time settings the renderer reads (Vite replaces them at build time).
interface ImportMetaEnv {
  /** The central simulator's URL for the browser build's demo mode. */
  readonly VITE_CENTRAL_URL?: string;
  readonly VITE_APP_VERSION?: string;
}
