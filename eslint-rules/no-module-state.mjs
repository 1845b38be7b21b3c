// No state at module level: what one check, or one fact base, leaves behind must not change what
// the next one sees. A module may hold constants, tables filled while it loads, and values computed
// once per object through `memoize` (src/core/check/per-fact-base.ts); it may not hold a `let`, an
// instance of a class of its own, a class's static field that is not readonly, or a container that a
// function writes to. Setting a regular
// expression's `lastIndex` before a sticky or global match is not counted: it carries nothing from
// one call to the next.

/** Methods that change the Map, Set, array or typed array they are called on. */
const MUTATING_METHODS = new Set(['add', 'set', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

/** Built-in classes whose instances are either containers (caught where written) or cannot change. */
const BUILT_IN_CLASSES = new Set([
  'Map', 'Set', 'WeakMap', 'WeakSet', 'Array', 'RegExp', 'TextDecoder', 'TextEncoder', 'Intl.Collator', 'Intl.Segmenter', 'Intl.DateTimeFormat', 'Intl.NumberFormat',
  'Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array',
]);

/** @type {import('eslint').Rule.RuleModule} */
export const noModuleState = {
  meta: {
    type: 'problem',
    docs: { description: 'no module-level mutable state: no top-level let, no top-level instance of a class of the project, no static field that is not readonly, no container written to by a function' },
    schema: [],
    messages: {
      moduleLet: 'a module-level `{{name}}` declared with `{{kind}}` is state every caller shares: make it a `const`, or keep it in the object that uses it.',
      staticField: 'a static field that is not readonly is state every caller shares: make it `static readonly`, or an instance field.',
      moduleInstance: 'a module-level `new {{className}}` is state every caller shares: create it where it is used, or keep it in the object that uses it.',
      written: '`{{name}}` is module-level, and this function changes it: keep it in the object that uses it, or compute it once per object with `memoize`.',
    },
  },
  create(context) {
    return {
      Program(program) {
        for (const statement of program.body) {
          const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
          if (declaration?.type !== 'VariableDeclaration') continue;
          for (const declarator of declaration.declarations) {
            const name = context.sourceCode.getText(declarator.id);
            if (declaration.kind !== 'const') context.report({ node: declarator, messageId: 'moduleLet', data: { name, kind: declaration.kind } });
            const className = constructedClass(declarator.init);
            if (className !== undefined && !BUILT_IN_CLASSES.has(className)) context.report({ node: declarator, messageId: 'moduleInstance', data: { className } });
          }
        }
      },
      'PropertyDefinition[static=true][readonly!=true]'(field) {
        context.report({ node: field, messageId: 'staticField' });
      },
      'Program:exit'(program) {
        const moduleScope = context.sourceCode.getScope(program).childScopes.find((scope) => scope.type === 'module') ?? context.sourceCode.getScope(program);
        for (const variable of moduleScope.variables) {
          if (!variable.defs.some((definition) => definition.type === 'Variable')) continue;
          for (const reference of variable.references) {
            if (reference.from.variableScope === moduleScope) continue;
            if (reference.isWrite() || writesThrough(reference.identifier)) context.report({ node: reference.identifier, messageId: 'written', data: { name: variable.name } });
          }
        }
      },
    };
  },
};

/** The class name of `new C(...)`, through `as`, `satisfies` and `!`; undefined for anything else. */
function constructedClass(node) {
  while (node && (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression' || node.type === 'TSNonNullExpression')) node = node.expression;
  if (node?.type !== 'NewExpression') return undefined;
  const callee = node.callee;
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression' && callee.object.type === 'Identifier' && callee.property.type === 'Identifier') return `${callee.object.name}.${callee.property.name}`;
  return '(expression)';
}

/** Whether the identifier is the object changed: `x.a = 1`, `x[i]++`, `delete x.a`, `x.push(1)`, `x.a.set(k, v)`. */
function writesThrough(identifier) {
  const parent = identifier.parent;
  if (parent.type === 'MemberExpression' && parent.object === identifier && !parent.computed && parent.property.name === 'lastIndex') return false;
  let target = identifier;
  while (target.parent.type === 'TSNonNullExpression' || (target.parent.type === 'MemberExpression' && target.parent.object === target)) {
    const member = target.parent;
    if (member.type === 'MemberExpression' && member.parent.type === 'CallExpression' && member.parent.callee === member && !member.computed && MUTATING_METHODS.has(member.property.name)) return true;
    target = member;
  }
  if (target === identifier) return false;
  const user = target.parent;
  return (
    (user.type === 'AssignmentExpression' && user.left === target) ||
    (user.type === 'UpdateExpression' && user.argument === target) ||
    (user.type === 'UnaryExpression' && user.operator === 'delete' && user.argument === target)
  );
}
