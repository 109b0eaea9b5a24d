/**
 * A value built the first time it is asked for rather than when its module loads. The back end's first
 * answer should not pay for what only later requests use: the first Intl formatter with a time zone, for
 * one, loads ICU's zone data (about 20 ms on the 2-core machines the app runs on).
 */
export function builtOnFirstUse<Value>(build: () => Value): () => Value {
  let built: { value: Value } | undefined;
  return () => (built ??= { value: build() }).value;
}
