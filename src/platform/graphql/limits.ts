import {
  GraphQLError,
  GraphQLList,
  GraphQLNonNull,
  Kind,
  OperationTypeNode,
  getNamedType,
  isInterfaceType,
  isObjectType,
  type ASTVisitor,
  type FieldNode,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Deepest selection nesting an operation may have (CHECKS S10). */
export const MAX_DEPTH = 10;
/** Most times one field may appear under aliases in one document (bounds aliased login floods). */
export const MAX_ALIASES_PER_FIELD = 20;
/** The longest query document, in bytes; longer ones are refused before they are parsed. */
export const MAX_QUERY_BYTES = 16 * 1024;
/**
 * The cost budget of one operation. Every field costs 1; a field with `first` multiplies the cost of
 * its selection by `first` (by 100, the largest page, when `first` comes from a variable); a plain
 * list field (a product's variants, a cart's lines) by LIST_WEIGHT. A page of 100 products with their
 * variants, prices, images and categories costs about 13 000.
 */
export const MAX_COST = 25_000;
const LIST_WEIGHT = 5;
const MAX_PAGE = 100;

function unwrap(type: GraphQLOutputType): { named: GraphQLNamedType; isList: boolean } {
  const inner = type instanceof GraphQLNonNull ? type.ofType : type;
  return { named: getNamedType(type), isList: inner instanceof GraphQLList };
}

function firstArgument(node: FieldNode): number | undefined {
  const arg = node.arguments?.find((a) => a.name.value === 'first');
  if (!arg) return undefined;
  if (arg.value.kind === Kind.INT) return Math.min(Math.max(Number(arg.value.value), 1), MAX_PAGE);
  return MAX_PAGE;
}

/**
 * The cost rule: computed from the document alone (variables count at their worst), so it runs in
 * validation, before any resolver, and its verdict is cached with the parsed document.
 */
export const costLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const schema = context.getSchema();
  const costOf = (set: SelectionSetNode, parent: GraphQLNamedType, seen: ReadonlySet<string>): number => {
    let total = 0;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        total += 1;
        if (!selection.selectionSet) continue;
        const fields = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields() : {};
        const field = fields[selection.name.value];
        if (!field) continue;
        const { named, isList } = unwrap(field.type);
        // A connection's `nodes` and `edges` are the page `first` already counted.
        const inConnection = parent.name.endsWith('Connection');
        const factor = firstArgument(selection) ?? (isList && !inConnection ? LIST_WEIGHT : 1);
        total += factor * costOf(selection.selectionSet, named, seen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const typeName = selection.typeCondition?.name.value;
        total += costOf(selection.selectionSet, (typeName && schema.getType(typeName)) || parent, seen);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || seen.has(name)) continue; // cycles are another rule's error
        const type = schema.getType(fragment.typeCondition.name.value) ?? parent;
        total += costOf(fragment.selectionSet, type, new Set([...seen, name]));
      }
    }
    return total;
  };
  return {
    OperationDefinition(node) {
      const root = node.operation === OperationTypeNode.MUTATION ? schema.getMutationType() : schema.getQueryType();
      if (!root) return;
      const cost = costOf(node.selectionSet, root, new Set());
      if (cost > MAX_COST) {
        context.reportError(
          new GraphQLError(`The query costs ${cost}, more than the budget of ${MAX_COST}; ask for fewer items.`, { nodes: [node] }),
        );
      }
    },
  };
};

/** At most MAX_ALIASES_PER_FIELD aliased uses of one field in a document. */
export const aliasLimitRule: ValidationRule = (context: ValidationContext): ASTVisitor => {
  const counts = new Map<string, number>();
  return {
    Field(node) {
      if (!node.alias) return;
      const count = (counts.get(node.name.value) ?? 0) + 1;
      counts.set(node.name.value, count);
      if (count === MAX_ALIASES_PER_FIELD + 1) {
        context.reportError(
          new GraphQLError(`The field "${node.name.value}" is aliased more than ${MAX_ALIASES_PER_FIELD} times.`, { nodes: [node] }),
        );
      }
    },
  };
};
