/** task/task.json against the task manifest schema Microsoft publishes (see fixtures/task-schema/NOTE.md). */
import { readFileSync } from 'node:fs';
import { Ajv, type ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';

function loadSchema(): object {
  const schema = JSON.parse(readFileSync('__tests__/fixtures/task-schema/tasks.schema.json', 'utf8'));
  // draft-04 → what Ajv 8 reads: `id` is `$id`, no draft-04 meta-schema reference.
  delete schema.$schema;
  schema.$id = schema.id;
  delete schema.id;
  return schema;
}

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
const validate = ajv.compile(loadSchema());
const task = JSON.parse(readFileSync('task/task.json', 'utf8'));

const errors = (doc: unknown) =>
  validate(doc)
    ? []
    : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);

describe('task.json against azure-pipelines-task-lib tasks.schema.json', () => {
  it('is valid', () => {
    expect(errors(task)).toEqual([]);
  });

  it('the schema catches what it should (it can fail)', () => {
    expect(errors({ ...task, execution: { Node99: { target: 'x.js' } } }).join('\n')).toMatch(
      /\/execution must NOT have additional properties.*Node99/,
    );
    expect(errors({ ...task, name: 'Immutable Deploy' }).join('\n')).toMatch(/\/name must match pattern/);
    expect(errors({ ...task, inputs: [{ name: 'x', label: 'X', type: 'notAType' }] }).length).toBeGreaterThan(0);
  });

  it('runs on the handlers the schema knows: Node24 and Node20_1, the same bundle', () => {
    expect(task.execution.Node24.target).toBe('dist/index.js');
    expect(task.execution.Node20_1.target).toBe('dist/index.js');
  });
});
