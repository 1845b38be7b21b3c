import * as assert from 'node:assert/strict';
import { actorMentions, actorMentionsInSources, sourceCitations } from '../../../src/core/editor/references';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

describe('references', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  it('finds every spelling of an actor in the source documents, at the line and column of the text', () => {
    const spans = actorMentionsInSources(factBase, 'alexander-trufanov');
    const sources = new Set(spans.map((span) => span.sourceId));
    assert.ok(sources.has('s000') && sources.has('s001') && sources.has('s002'), [...sources].join(', '));
    for (const span of spans) {
      const source = factBase.sources.get(span.sourceId)!;
      const line = source.text.split(/\r?\n/)[span.line - 1]!;
      assert.match(line.slice(span.column - 1, span.endColumn - 1), /^(Alexander |A\. )?Tru[fp]anov$/);
    }
  });

  it('finds an actor in a draft, not other actors', () => {
    const text = 'Bogdanov met Lavrov. Later Mikhail Bogdanov’s aide spoke.';
    assert.deepEqual(
      actorMentions(factBase, text, 'mikhail-bogdanov').map(({ start, end }) => text.slice(start, end)),
      ['Bogdanov', 'Mikhail Bogdanov'],
    );
  });

  it('finds the citations of a source', () => {
    const text = 'One [@s000]. Two [see @s001; @s000, p. 3]. Not @s000 alone.';
    assert.deepEqual(
      sourceCitations(text, 's000').map(({ start, end }) => text.slice(start, end)),
      ['s000', 's000'],
    );
  });
});
