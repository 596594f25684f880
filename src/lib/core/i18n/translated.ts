/**
 * A catalogue in one language, complete: every key of its English source `T`, each with a
 * string (the main, later, Export dialog and import error catalogues are each one of these).
 */
export type Translated<T> = { readonly [K in keyof T]: string };
