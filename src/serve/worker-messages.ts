// The messages between the query pool (main thread) and its workers.

/** workerData: the graph as N-Quads (each worker parses it into its own store), the result cap, the predeclared prefixes. */
export interface WorkerSetup {
  readonly nquads: string;
  readonly maxResults: number;
  readonly prefixes: Readonly<Record<string, string>>;
}

export interface WorkerRequest {
  readonly id: number;
  readonly sparql: string;
  /** The request's Accept header. */
  readonly accept: string | undefined;
  /** A `format=`/`output=` parameter, if the request had one. */
  readonly format: string | undefined;
}

export type WorkerReply =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly id: number; readonly contentType: string; readonly body: string; readonly truncated: boolean }
  | {
      readonly type: 'error';
      readonly id: number;
      readonly status: number;
      readonly message: string;
      /** The engine trapped: the pool replaces this worker before sending it anything else. */
      readonly retire?: boolean;
    };

/** What a query comes to, for the HTTP layer: a body to send, or a status with a message. */
export type QueryOutcome =
  | { readonly type: 'result'; readonly contentType: string; readonly body: string; readonly truncated: boolean }
  | { readonly type: 'error'; readonly status: number; readonly message: string; readonly retryAfter?: number };
