/** Row values in, domain values out, the same on both dialects. */
export function toTimestamp(value: Date): string {
  return value.toISOString();
}

export function fromTimestamp(value: string | Date): Date {
  return value instanceof Date ? value : new Date(value);
}

export function fromNullableTimestamp(value: string | Date | null): Date | null {
  return value === null ? null : fromTimestamp(value);
}

export function toBool(value: boolean): number {
  return value ? 1 : 0;
}

export function fromBool(value: number | boolean): boolean {
  return value === true || value === 1;
}

export function toJson(value: unknown): string {
  return JSON.stringify(value);
}

export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function fromCount(value: number | string | bigint): number {
  return Number(value);
}
