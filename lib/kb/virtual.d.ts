// Modules made when the extension is built (scripts/vite-kb-modules.ts): JSON text.
declare module 'virtual:duiding/packed' {
  const text: string;
  export default text;
}
