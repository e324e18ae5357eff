/**
 * Column kinds as Kysely reads and writes them on both databases: timestamps are ISO strings in
 * SQLite and timestamptz in PostgreSQL (codecs.ts reads both), booleans 0/1 or boolean, JSON text
 * or jsonb, counts a number or a bigint string. Every schema-*.ts file builds on these.
 */
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<string | Date, string, string>;
export type NullableTimestamp = ColumnType<string | Date | null, string | null, string | null>;
export type Bool = ColumnType<number | boolean, number, number>;
export type Json = ColumnType<unknown, string, string>;
export type Count = ColumnType<number | string | bigint, number, number>;
