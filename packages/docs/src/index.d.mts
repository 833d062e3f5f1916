/** Options of `serveDocs`. */
export interface ServeDocsOptions {
  /** Port to listen on (default 8080; 0 picks a free port). */
  port?: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Folder to serve (default: the package's built dist/). */
  root?: string;
}

/** A running docs server. */
export interface DocsServer {
  /** Base URL, e.g. `http://127.0.0.1:8080/`. */
  readonly url: string;
  readonly port: number;
  /** Stops listening and ends open connections. */
  close(): Promise<void>;
}

/** Serves the built site; rejects with DocsNotBuiltError when dist/index.html is missing, or the listen error. */
export declare function serveDocs(options?: ServeDocsOptions): Promise<DocsServer>;

/** The site has not been built. */
export declare class DocsNotBuiltError extends Error {
  readonly root: string;
  constructor(root: string);
}

/** Default port (8080). */
export declare const DEFAULT_PORT: number;
/** Default interface (127.0.0.1). */
export declare const DEFAULT_HOST: string;
/** Absolute path of the built site. */
export declare const DIST_DIR: string;
