// The Kusto.Language parser ships as two Bridge.NET scripts that install globals (`Bridge`, `System`, `Kusto`)
// instead of exporting anything; kusto-parser.ts imports them for that side effect and reads the globals.
declare module '@kusto/language-service-next/bridge.min.js';
declare module '@kusto/language-service-next/Kusto.Language.Bridge.min.js';
