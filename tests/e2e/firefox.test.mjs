// The reader scenarios and the replay (tests/e2e/engines.mjs) in Firefox:
// Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi (no
// geckodriver, no browser download). scripts/setup.sh installs both.

import { existsSync } from "node:fs";
import puppeteer from "puppeteer-core";
import { engineSuite } from "./engines.mjs";

const FIREFOX_PATH = "/usr/bin/firefox-esr";

engineSuite("Firefox", async () => {
  if (!existsSync(FIREFOX_PATH)) throw new Error(`${FIREFOX_PATH} not found (apt-get install firefox-esr; scripts/setup.sh test does)`);
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    protocol: "webDriverBiDi",
    headless: true,
  });
  let page = null;
  let problems = [];
  return {
    async open(url) {
      // A fresh page per scenario, so nothing carries over but the profile.
      await page?.close();
      problems = [];
      page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 700 });
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console error: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught page error: ${error.stack || error.message}`));
      await page.goto(url, { waitUntil: "load" });
    },
    evaluate: (fnSource, arg) => page.evaluate(`(${fnSource})(${JSON.stringify(arg ?? null)})`),
    async click(fnSource, arg) {
      const element = await page.evaluateHandle(`(${fnSource})(${JSON.stringify(arg ?? null)})`);
      try {
        await element.click();
      } finally {
        await element.dispose();
      }
    },
    press: (key) => page.keyboard.press(key),
    problems: async () => problems.splice(0),
    close: () => browser.close(),
  };
});
