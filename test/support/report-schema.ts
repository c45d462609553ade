import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats.default(ajv);
const schemaFile = path.resolve(import.meta.dirname, '../../schema/lifeboat-report-2.json');

/** The published report schema (schema/lifeboat-report-2.json), compiled once per test file. */
export const validateReport = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

/** The schema's errors as one line, for an assertion message. */
export function schemaErrors(): string {
  return JSON.stringify(validateReport.errors);
}
