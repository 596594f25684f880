// fontnik (used by scripts/build-glyphs.mjs) ships no type declarations.
declare module 'fontnik';
