// lz4-asm ships no types; only its asm.js build is used (pure JavaScript, nothing for ncc to copy).
declare module 'lz4-asm/dist/lz4asm.js' {
  const init: () => Promise<unknown>;
  export default init;
}
