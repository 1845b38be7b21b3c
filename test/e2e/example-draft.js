// The example draft the end-to-end tests and the demo picture work on, and what the bundled fact
// base says about the names in it.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');
const { repoRoot, examplesDir } = require('../harness/paths');

const DRAFT_NAME = 'talks-errors.md';
const draftText = () => fs.readFileSync(path.join(examplesDir, DRAFT_NAME), 'utf8');

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWord = (text) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, 'u');

/**
 * The first place the draft names a person of the bundled fact base, by any form the sources use:
 * { form, line, actor } with the 1-based line and the actor as the YAML has it.
 */
function firstPersonNamed(draft) {
  const { actors } = YAML.parse(fs.readFileSync(path.join(repoRoot, 'dataset', 'facts.yaml'), 'utf8'));
  let first;
  for (const actor of actors.filter((candidate) => candidate.type === 'person')) {
    const forms = [actor.name, ...(actor.spellings ?? []).map((s) => s.text), ...(actor.short ?? []).map((s) => s.text)];
    for (const form of forms) {
      const match = wholeWord(form).exec(draft);
      const earlier = match && (!first || match.index < first.index || (match.index === first.index && form.length > first.form.length));
      if (earlier) first = { form, index: match.index, actor };
    }
  }
  if (!first) throw new Error(`${DRAFT_NAME} names no person of the fact base`);
  return { form: first.form, line: draft.slice(0, first.index).split('\n').length, actor: first.actor };
}

module.exports = { DRAFT_NAME, draftText, firstPersonNamed };
