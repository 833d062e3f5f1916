// The promise every operation call returns: the typed `Data`, and `.withResponse()` for the Response beside it.

/** `Data` and the Response it came in (status, headers, url; its body already read). */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: Response;
}

/** A call's promise of `Data`, with `.withResponse()` resolving to `{ data, response }` (rejecting alike). */
export interface HasoPromise<T> extends Promise<T> {
  withResponse(): Promise<WithResponse<T>>;
}

/** The promise of `answer`'s data, with `withResponse` giving `answer` itself. */
export function hasoPromise<T>(answer: Promise<WithResponse<T>>): HasoPromise<T> {
  const data = answer.then((a) => a.data) as HasoPromise<T>;
  data.withResponse = () => {
    data.catch(() => {}); // the caller reads the failure from withResponse()
    return answer;
  };
  return data;
}
