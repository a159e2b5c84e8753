/*
 * A schema and the config type it checks, held together by the compiler. A node's or
 * condition's config interface stays written by hand (its fields carry their docs); its ajv
 * schema is passed through `schemaFor<Config>()(…)`, which is a compile error unless the values
 * the schema accepts are exactly the interface's: the same keys at every level, each required or
 * optional alike, of the same types. ajv's JSONSchemaType<T> was not used: it needs
 * `nullable: true` on every optional property (which would let `null` through where it is
 * refused today), cannot take the index signature every NodeConfig has, and is weak on unions.
 */

/**
 * The values a JSON schema written as a literal accepts, as a type. Covers the keywords ctrlflow's
 * node and condition schemas use: type (one or a list), properties, required,
 * additionalProperties, items (a tuple when minItems = maxItems), enum, const, anyOf, oneOf. Keywords that only narrow a value
 * (minLength, pattern, minimum, minItems, format, if/then …) leave its type as it is.
 */
export type FromSchema<S> = S extends { const: infer V }
  ? V
  : S extends { enum: readonly (infer V)[] }
    ? V
    : S extends { type: infer T }
      ? FromType<T extends readonly (infer U)[] ? U : T, S>
      : S extends { anyOf: readonly (infer B)[] }
        ? FromSchema<B>
        : S extends { oneOf: readonly (infer B)[] }
          ? FromSchema<B>
          : unknown;

type FromType<T, S> = T extends 'string'
  ? string
  : T extends 'number' | 'integer'
    ? number
    : T extends 'boolean'
      ? boolean
      : T extends 'null'
        ? null
        : T extends 'array'
          ? S extends { items: infer I }
            ? S extends { minItems: infer N extends number; maxItems: infer M extends number }
              ? [N, M] extends [M, N]
                ? Tuple<FromSchema<I>, N>
                : FromSchema<I>[]
              : FromSchema<I>[]
            : unknown[]
          : T extends 'object'
            ? FromObject<S>
            : never;

/** `minItems` = `maxItems` = N: a tuple of N (a joiner's two inputs). */
type Tuple<I, N extends number, Acc extends unknown[] = []> = Acc['length'] extends N ? Acc : Acc['length'] extends 8 ? I[] : Tuple<I, N, [...Acc, I]>;
type RequiredOf<S> = S extends { required: readonly (infer K)[] } ? K : never;
type PropertiesOf<S> = S extends { properties: infer P } ? P : {};
type OtherKeys<S> = S extends { additionalProperties: false }
  ? {}
  : S extends { additionalProperties: infer A }
    ? A extends true
      ? Record<string, unknown>
      : Record<string, FromSchema<A>>
    : Record<string, unknown>;
type Flatten<T> = { [K in keyof T]: T[K] };
type FromObject<S, P = PropertiesOf<S>, R = RequiredOf<S>> = Flatten<
  { -readonly [K in keyof P as K extends R ? K : never]: FromSchema<P[K]> } & { -readonly [K in keyof P as K extends R ? never : K]?: FromSchema<P[K]> } & OtherKeys<S>
>;

/** T's named keys, without an index signature (NodeConfig's `[key: string]: unknown`). */
type Named<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };
type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type IsUnion<T, U = T> = T extends unknown ? ([U] extends [T] ? false : true) : never;
type AllTrue<O> = [O[keyof O]] extends [true] ? true : false;

/**
 * Whether A and B describe the same values: assignable both ways and, for objects and arrays
 * (not unions of them), the same named keys at every level, so an optional key one side lacks
 * is found too. An index signature counts for the assignability only.
 */
export type Same<A, B> =
  Mutual<A, B> extends false
    ? false
    : true extends IsUnion<A> | IsUnion<B>
      ? true
      : [A, B] extends [readonly (infer X)[], readonly (infer Y)[]]
        ? Same<X, Y>
        : [A, B] extends [object, object]
          ? Mutual<keyof Named<A>, keyof Named<B>> extends true
            ? AllTrue<{ [K in keyof Named<A>]-?: Same<Exclude<Named<A>[K], undefined>, Exclude<Named<B>[K & keyof Named<B>], undefined>> }>
            : false
          : true;

/** Where A and B differ, as key paths (`event.scope`, `nodes[]`), for the error when they do. */
type Differing<A, B> = {
  [K in keyof Named<A> | keyof Named<B>]-?: K extends keyof Named<A>
    ? K extends keyof Named<B>
      ? Same<Named<A>[K], Named<B>[K]> extends true
        ? never
        : `${K & string}${Inside<Exclude<Named<A>[K], undefined>, Exclude<Named<B>[K], undefined>>}`
      : K & string
    : K & string;
}[keyof Named<A> | keyof Named<B>];
type Inside<X, Y> = Mutual<X, Y> extends false
  ? ''
  : true extends IsUnion<X> | IsUnion<Y>
    ? ''
    : [X, Y] extends [readonly (infer P)[], readonly (infer Q)[]]
      ? `[]${Inside<P, Q>}`
      : [X, Y] extends [object, object]
        ? `.${Differing<X, Y>}`
        : '';

/**
 * `schemaFor<Config>()({ … })`: the schema as written, if the values it accepts are exactly
 * Config's (named keys; see Same). Otherwise a compile error that the argument lacks
 * `schemaDiffersFromType`, whose type names the keys that differ.
 */
export function schemaFor<C>() {
  return <const S extends object>(schema: S & (Same<Named<C>, FromSchema<S>> extends true ? unknown : { schemaDiffersFromType: Differing<C, FromSchema<S>> extends infer D extends string ? `at ${D}` : never })): S => schema;
}
