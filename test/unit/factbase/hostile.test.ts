// A fact base written to make Crosscheck show what it should not: ids that would break out of the
// editor's Markdown.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ID_PATTERN } from '../../../src/core/factbase/entries';
import { load, withLine } from './fixtures';

describe('fact base ids', () => {
  it('are letters, digits and "_", with ".", ":" or "-" between, each refused where it is written', async () => {
    for (const id of ['s000', 'mikhail-bogdanov', 'moscow-talks-2025-02-03', '__proto__', 'constructor', 'a.b:c_d', 'x'.repeat(200)]) {
      assert.ok(ID_PATTERN.test(id), id);
    }
    for (const id of ['x` ![i](https://attacker.example/d.png) `y', 'a b', 'a]', '-a', 'a-', 'a.', 'a<b', 'é', 'x'.repeat(201), 'a\nb']) {
      assert.ok(!ID_PATTERN.test(id), id);
    }
    const result = await load(withLine(7, '  - id: "b` ![i](https://attacker.example/d.png) `"'));
    const refused = result.problems.filter((p) => p.code === 'schema');
    assert.deepEqual(refused.map((p) => `${p.line}:${p.column}`), ['7:9']);
    assert.ok(refused[0]!.message.startsWith('id "b` ![i](https://attacker.example/d.png) …" is not an id: ids are letters, digits and "_"'), refused[0]!.message);
    assert.equal(result.factBase.sources.has('b'), false);
  });

  it('follow the same pattern as the JSON Schema that editors validate fact bases with', () => {
    const schema = JSON.parse(readFileSync(path.resolve(__dirname, '..', '..', '..', 'dataset', 'facts.schema.json'), 'utf8')) as {
      definitions: { id: { pattern: string }; uses: { propertyNames: { $ref: string } } };
    };
    assert.equal(schema.definitions.id.pattern, ID_PATTERN.source);
    assert.equal(schema.definitions.uses.propertyNames.$ref, '#/definitions/id');
  });
});
