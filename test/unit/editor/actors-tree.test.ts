import * as assert from 'node:assert/strict';
import { actorNode, actorTreeChildren, actorTreeParent, actorTreeRoots, type ActorTreeNode } from '../../../src/core/editor/actors-tree';
import type { FactBase } from '../../../src/core/factbase/types';
import { bundledFactBase } from './bundled';

describe('actors tree', () => {
  let factBase: FactBase;
  before(async () => {
    factBase = await bundledFactBase();
  });

  const child = (nodes: ActorTreeNode[], label: string) => {
    const found = nodes.find((node) => node.label === label);
    assert.ok(found, `no "${label}" among ${nodes.map((node) => node.label).join(', ')}`);
    return found;
  };

  it('groups the actors as persons, organisations and places, counting each', () => {
    const roots = actorTreeRoots(factBase);
    assert.deepEqual(roots.map((node) => node.label), ['Persons', 'Organisations', 'Places']);
    const persons = [...factBase.actors.values()].filter((actor) => actor.type === 'person').length;
    assert.equal(roots[0]!.description, String(persons));
    const children = actorTreeChildren(factBase, roots[0]!);
    assert.equal(children.length, persons);
    assert.ok(children.every((node) => node.kind === 'actor' && node.actorType === 'person'));
    const labels = children.map((node) => node.label);
    assert.deepEqual(labels, [...labels].sort((a, b) => a.localeCompare(b)));
  });

  it('gives an actor its titles with their dates, its spellings with the sources using them, and its events', () => {
    const bogdanov = actorNode(factBase.actors.get('mikhail-bogdanov')!);
    const sections = actorTreeChildren(factBase, bogdanov);
    assert.deepEqual(sections.map((node) => node.label), ['Titles', 'Spellings', 'Events']);

    const titles = actorTreeChildren(factBase, sections[0]!);
    const deputy = titles.find((node) => node.label.startsWith('Deputy Foreign Minister') && node.description === 'as of 3 February 2025');
    assert.ok(deputy, titles.map((node) => `${node.label} (${node.description})`).join('; '));
    assert.equal(deputy.passage?.file.endsWith('000_769fe274560d9626.txt'), true);
    assert.match(deputy.tooltip ?? '', /s000: “Deputy Head of the Foreign Ministry Mikhail Bogdanov”/);

    const spellings = actorTreeChildren(factBase, sections[1]!);
    const short = child(spellings, 'Bogdanov');
    assert.equal(short.description, 'preferred short form · 2 sources, 3 uses');
    assert.equal(child(spellings, 'Mikhail Bogdanov').description?.startsWith('preferred full name · '), true);
    const uses = actorTreeChildren(factBase, short);
    assert.deepEqual(uses.map((node) => [node.label, node.description?.split(' · ')[0]]), [['s000', '×1'], ['s004', '×2']]);
    const source = factBase.sources.get('s004')!;
    const passage = uses[1]!.passage!;
    assert.equal(source.text.slice(passage.start.offset, passage.end.offset), 'Bogdanov');
    assert.equal(passage.file, source.resolvedFile);

    const events = actorTreeChildren(factBase, sections[2]!);
    assert.ok(events.length > 0);
    assert.ok(events.every((node) => node.kind === 'event' && node.passage && !node.hasChildren));
  });

  it('keeps only the actors whose name or spelling holds the filter text', () => {
    const roots = actorTreeRoots(factBase, 'bogDAN');
    assert.deepEqual(roots.map((node) => node.description), ['1', '0', '0']);
    assert.deepEqual(actorTreeChildren(factBase, roots[0]!, 'bogDAN').map((node) => node.label), ['Mikhail Bogdanov']);
    assert.equal(roots[1]!.hasChildren, false);
  });

  it('finds the parent of every node, up to its group', () => {
    const group = actorTreeRoots(factBase)[0]!;
    const bogdanov = actorNode(factBase.actors.get('mikhail-bogdanov')!);
    assert.equal(actorTreeParent(factBase, bogdanov)?.id, group.id);
    const [titles, spellings] = actorTreeChildren(factBase, bogdanov);
    assert.equal(actorTreeParent(factBase, titles!)?.id, bogdanov.id);
    const spelling = actorTreeChildren(factBase, spellings!)[0]!;
    assert.equal(actorTreeParent(factBase, spelling)?.id, spellings!.id);
    const use = actorTreeChildren(factBase, spelling)[0]!;
    assert.equal(actorTreeParent(factBase, use)?.id, spelling.id);
    assert.equal(actorTreeParent(factBase, group), undefined);
  });
});
