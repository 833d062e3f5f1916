// A bounded load loop: `total` POSTs over at most `connections` keep-alive sockets, each answer checked as it
// arrives. No timing is asserted; a per-request timeout only keeps a stuck request from hanging the run.
import { Agent, request } from 'node:http';

/** What the load loop sends and how it judges answers. */
export interface LoadPlan {
  readonly baseUrl: string;
  readonly path: string;
  readonly total: number;
  readonly connections: number;
  /** The JSON body of request `i` (0-based). */
  readonly body: (i: number) => Readonly<Record<string, unknown>>;
  /** Whether answer `i` is the right one. */
  readonly isRight: (status: number, text: string, i: number) => boolean;
  /** Per-request limit (default 30 s); a request over it counts as an error. */
  readonly requestTimeoutMs?: number;
}

/** What the load loop saw. */
export interface LoadResult {
  readonly sent: number;
  readonly answered: number;
  /** Socket errors and timeouts. */
  readonly errors: number;
  /** Answers that were not the right one. */
  readonly wrong: number;
  /** Up to five examples of errors / wrong answers, for the failure message. */
  readonly samples: readonly string[];
}

function post(agent: Agent, url: URL, path: string, payload: Buffer, timeoutMs: number) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': payload.length },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.once('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.once('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.once('error', reject);
    req.end(payload);
  });
}

/** Runs the plan: `connections` workers take request numbers in order until `total` have been sent. */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const url = new URL(plan.baseUrl);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.connections });
  const samples: string[] = [];
  let next = 0;
  let answered = 0;
  let errors = 0;
  let wrong = 0;
  const worker = async () => {
    while (next < plan.total) {
      const i = next++;
      try {
        const payload = Buffer.from(JSON.stringify(plan.body(i)));
        const { status, text } = await post(agent, url, plan.path, payload, plan.requestTimeoutMs ?? 30_000);
        answered++;
        if (!plan.isRight(status, text, i)) {
          wrong++;
          if (samples.length < 5) samples.push(`#${i}: HTTP ${status} ${text.slice(0, 160)}`);
        }
      } catch (error) {
        errors++;
        if (samples.length < 5) samples.push(`#${i}: ${(error as Error).message}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.connections }, worker));
  } finally {
    agent.destroy();
  }
  return { sent: next, answered, errors, wrong, samples };
}
