// The types of ./feed-client.js (the feed client library bundled for the browser, minified, so
// nothing to read types from): the library's own, for tsconfig.dashboard.json. The browser
// never loads this file.
export * from '../../feed-client/src/browser.js';
