// fontnik (used by scripts/build-glyphs.ts) ships no type declarations.
declare module 'fontnik';
