import { matchesPattern } from './matchesPattern.ts';

/**
 * The mapping's FilterCriteria (R10): patterns ORed, evaluated on the record `value` decoded as UTF-8
 * (a JSON value when it parses, else the plain string), the only key Kafka ESMs filter on
 * (https://docs.aws.amazon.com/lambda/latest/dg/kafka-filtering.html). Results are cached per distinct
 * value so a produce step with one value is evaluated once, whatever its record count.
 */
export class RecordFilter {
  private readonly patterns: unknown[];
  private readonly cache = new Map<string, boolean>();

  constructor(patterns: string[]) {
    this.patterns = patterns.map((p) => safeParse(p));
  }

  get active(): boolean {
    return this.patterns.length > 0;
  }

  /** True when the record value matches at least one filter (or there are no filters). */
  matches(value: string): boolean {
    if (this.patterns.length === 0) return true;
    const cached = this.cache.get(value);
    if (cached !== undefined) return cached;
    const event = { value: decodeValue(value) };
    const result = this.patterns.some((p) => matchesPattern(p, event));
    if (this.cache.size < 10_000) this.cache.set(value, result);
    return result;
  }
}

function decodeValue(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function safeParse(pattern: string): unknown {
  try {
    return JSON.parse(pattern);
  } catch {
    return null;
  }
}
