/** The messages of Prism's 422 problem document (`validation[].location` without `body`, and `message`). */
export function prismProblems(body: string | Uint8Array): string[] {
  try {
    const text = typeof body === 'string' ? body : Buffer.from(body).toString('utf8');
    const problem = JSON.parse(text) as { validation?: { location?: string[]; message?: string }[] };
    const found = (problem.validation ?? []).map(({ location = [], message = '' }) =>
      `${location.slice(1).join('.')} ${message}`.trim(),
    );
    return found.length > 0 ? found : ['the form post is not valid'];
  } catch {
    return ['the form post is not valid'];
  }
}
