// Small in-memory fact bases over two short source documents.
import { createMemoryFileReader, loadFactBase, type LoadResult, type Problem } from '../../../src/core/factbase';

export const SOURCE_A = [
  'On February 3, 2025, the Hamas delegation headed by Musa Abu Marzouk arrived in Moscow.',
  "Abu Marzouk met Mikhail Bogdanov. Marzouk's talks with Bogdanov lasted an hour.",
  '',
].join('\n');

export const SOURCE_B = [
  'Mousa Abu Marzouk, deputy head of the Hamas political bureau, visited Moscow in 2023.',
  'Musa Abu Marzouk said the visit went well.',
  '',
].join('\n');

export const SOURCES = new Map([
  ['/kb/sources/a.txt', SOURCE_A],
  ['/kb/sources/b.txt', SOURCE_B],
]);

/** A valid fact base; line numbers matter to the tests. */
export const VALID_YAML = [
  'version: 1', //                                          1
  'sources:', //                                            2
  '  - id: a', //                                           3
  '    file: sources/a.txt', //                             4
  '    title: Talks in Moscow', //                          5
  '    published: { date: 2025-02-03 }', //                 6
  '  - id: b', //                                           7
  '    file: sources/b.txt', //                             8
  '    title: A visit', //                                  9
  'actors:', //                                            10
  '  - id: marzouk', //                                    11
  '    type: person', //                                   12
  '    name: Mousa Abu Marzouk', //                        13
  '    given: [Musa, Mousa]', //                           14
  '    spellings:', //                                     15
  '      - text: Mousa Abu Marzouk', //                    16
  '        uses: { b: 1 }', //                             17
  '      - text: Musa Abu Marzouk', //                     18
  '        uses: { a: 1, b: 1 }', //                       19
  '    short:', //                                         20
  '      - text: Abu Marzouk', //                          21
  '        uses: { a: 1 }', //                             22
  '      - text: Marzouk', //                              23
  '        uses: { a: 1 }', //                             24
  '    member_of: [hamas]', //                             25
  '    titles:', //                                        26
  '      - title: Deputy head of the political bureau', // 27
  '        organisation: hamas', //                        28
  '        as_of: 2023', //                                29
  '        evidence:', //                                  30
  '          - { source: b, quote: "deputy head of the Hamas political bureau" }', // 31
  '    evidence:', //                                      32
  '      - { source: a, quote: "headed by Musa Abu   Marzouk" }', // 33
  '  - id: hamas', //                                      34
  '    type: organisation', //                             35
  '    name: Hamas', //                                    36
  '    spellings: [{ text: Hamas, uses: { a: 1, b: 1 } }]', // 37
  '  - id: bogdanov', //                                   38
  '    type: person', //                                   39
  '    name: Mikhail Bogdanov', //                         40
  '    spellings: [{ text: Mikhail Bogdanov, uses: { a: 1 } }]', // 41
  '    short: [{ text: Bogdanov, uses: { a: 1 } }]', //    42
  '  - id: moscow', //                                     43
  '    type: place', //                                    44
  '    name: Moscow', //                                   45
  'events:', //                                            46
  '  - id: talks', //                                      47
  '    name: Hamas delegation talks in Moscow', //         48
  '    words: [talks]', //                                 49
  '    date: 2025-02-03', //                               50
  '    place: moscow', //                                  51
  '    participants: [marzouk, bogdanov, hamas]', //       52
  '    evidence:', //                                      53
  '      - source: a', //                                  54
  '        quote: "On February 3, 2025, the Hamas delegation"', // 55
  'disagreements:', //                                     56
  '  - id: visit-year', //                                 57
  '    topic: When Marzouk visited', //                    58
  '    about: [marzouk, talks]', //                        59
  '    claims:', //                                        60
  '      - value: "2023"', //                              61
  '        evidence: [{ source: b, quote: visited Moscow in 2023 }]', // 62
  '',
].join('\n');

export const FACTS_FILE = '/kb/facts.yaml';

export async function load(yaml: string, extraFiles: ReadonlyMap<string, string> = new Map()): Promise<LoadResult> {
  return loadFactBase([{ file: FACTS_FILE, text: yaml }], createMemoryFileReader(new Map([...SOURCES, ...extraFiles])));
}

/** The fixture with line `line` (1-based) replaced by the given lines. */
export function withLine(line: number, ...replacement: string[]): string {
  const lines = VALID_YAML.split('\n');
  lines.splice(line - 1, 1, ...replacement);
  return lines.join('\n');
}

export function describeProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `${p.line}:${p.column} ${p.severity} ${p.message} [${p.code}]`).join('\n');
}
