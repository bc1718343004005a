// Returns an HTTP-looking failure without throwing. For an event source mapping that is a normal return,
// so the batch succeeded and its offsets are committed (facts §8, §10: success = no function error).
export async function handler() {
  return { statusCode: 500, body: JSON.stringify({ error: 'downstream unavailable' }) };
}
