#!/usr/bin/env python3
"""The reference site (`rtcerr docs --html`) in a real browser.

Headless Chromium, driven by Selenium, opens the site from the file system
(file://, as a reader of a downloaded copy would) and checks what a person
does with it: the index loads without console errors; typing a number
leaves its row; typing 超时 leaves exactly the codes whose texts contain it;
the filters; the language switch changes the texts and survives a reload;
"/" reaches the search; a row's link opens the code's page; without
JavaScript every code and both languages are there; printing hides the
controls. Screenshots of the index and of a code page are written to --out.

The expected rows come from the catalogue as `rtcerr list --format json`
gives it, not from the site.

Exit status: 0 passed, 1 failed, 77 skipped (Chromium is not installed;
CI installs it with scripts/install-deps).
"""

import argparse
import importlib.util
import json
import pathlib
import shutil
import subprocess
import sys
import tempfile

SKIP = 77
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CODE = 605030046  # recording.stream_data_timeout


class Failure(Exception):
    pass


def check(condition, what):
    if not condition:
        raise Failure(what)


def find_chromium():
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser(chromium, profile, javascript=True):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    # As root Chromium refuses to start without --no-sandbox; the others keep
    # a test run from reaching the network or an existing profile.
    for argument in ("--no-sandbox", "--headless", "--disable-gpu",
                     "--disable-background-networking", "--disable-component-update",
                     "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                     "--window-size=1280,900", "--user-data-dir=" + profile):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option(
            "prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver")
    service = Service(executable_path=driver_path) if driver_path else Service()
    return webdriver.Chrome(service=service, options=options)


def console_errors(driver):
    return [entry["message"] for entry in driver.get_log("browser")
            if entry.get("level") == "SEVERE"]


def visible_codes(driver):
    return driver.execute_script(
        "return Array.prototype.filter.call(document.querySelectorAll('#codes tbody tr'),"
        " function (r) { return r.offsetParent !== null; })"
        ".map(function (r) { return Number(r.cells[0].textContent.trim()); });")


def row_message(driver, code):
    # Selenium's text is what is rendered: the hidden language is left out.
    return driver.find_element(
        "xpath", "//table[@id='codes']//tr[td[1]/a[text()='%d']]/td[4]" % code).text


def check_png(path):
    data = pathlib.Path(path).read_bytes()
    check(data.startswith(PNG_SIGNATURE), "%s is not a PNG" % path)
    width = int.from_bytes(data[16:20], "big")
    height = int.from_bytes(data[20:24], "big")
    check(len(data) > 2000 and width > 0 and height > 0,
          "%s is empty (%d bytes, %dx%d)" % (path, len(data), width, height))


def type_into(element, text):
    element.clear()
    element.send_keys(text)


def run(args, chromium):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support.ui import Select

    listed = subprocess.run([args.cli, "list", "--format", "json"], check=True,
                            capture_output=True).stdout
    catalogue = json.loads(listed)
    by_code = {c["code"]: c for c in catalogue}
    index = (pathlib.Path(args.site) / "index.html").resolve()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    with tempfile.TemporaryDirectory(prefix="rtcerr-chromium-") as profile:
        driver = start_browser(chromium, profile)
        try:
            driver.get(index.as_uri())
            errors = console_errors(driver)  # reading the log empties it
            check(errors == [], "console errors on load: %s" % errors)
            check(sorted(visible_codes(driver)) == sorted(by_code),
                  "the index does not show every code of the catalogue")
            check(driver.execute_script("return document.documentElement.dataset.lang") == "zh",
                  "the default language is not Chinese")
            check(row_message(driver, CODE) == by_code[CODE]["message_zh"],
                  "row %d shows %r" % (CODE, row_message(driver, CODE)))

            # "/" reaches the search from anywhere, and Tab leaves it for the filters.
            driver.find_element(By.TAG_NAME, "body").send_keys("/")
            q = driver.switch_to.active_element
            check(q.get_attribute("id") == "q", "'/' does not focus the search")
            q.send_keys(Keys.TAB)
            check(driver.switch_to.active_element.get_attribute("id") == "domain",
                  "Tab from the search does not reach the domain filter")

            q = driver.find_element(By.ID, "q")
            type_into(q, str(CODE))
            check(visible_codes(driver) == [CODE],
                  "typing %d leaves %s" % (CODE, visible_codes(driver)))

            word = "超时"
            expected = sorted(c["code"] for c in catalogue
                              if any(word in (c[k] or "")
                                     for k in ("message_zh", "message_en", "hint_zh", "hint_en")))
            check(len(expected) > 1, "the catalogue has no two codes with %s" % word)
            type_into(q, word)
            check(sorted(visible_codes(driver)) == expected,
                  "typing %s leaves %s, expected %s" % (word, visible_codes(driver), expected))

            type_into(q, "")
            Select(driver.find_element(By.ID, "domain")).select_by_value("gateway")
            check(sorted(visible_codes(driver)) ==
                  sorted(c["code"] for c in catalogue if c["domain"] == "gateway"),
                  "the domain filter")
            Select(driver.find_element(By.ID, "domain")).select_by_value("")
            Select(driver.find_element(By.ID, "condition")).select_by_value("timeout")
            check(sorted(visible_codes(driver)) ==
                  sorted(c["code"] for c in catalogue if c["condition"] == "timeout"),
                  "the condition filter")
            Select(driver.find_element(By.ID, "condition")).select_by_value("")
            check(len(visible_codes(driver)) == len(catalogue), "clearing the filters")

            driver.find_element(By.CSS_SELECTOR, "button[data-set-lang='en']").click()
            check(row_message(driver, CODE) == by_code[CODE]["message_en"],
                  "after English, row %d shows %r" % (CODE, row_message(driver, CODE)))
            driver.refresh()
            check(row_message(driver, CODE) == by_code[CODE]["message_en"],
                  "the language is not remembered across a reload")
            check(driver.find_element(By.CSS_SELECTOR, "button[data-set-lang='en']")
                  .get_attribute("aria-pressed") == "true", "the English button is not pressed")
            driver.save_screenshot(str(out / "index.png"))

            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
            check(not driver.find_element(By.ID, "controls").is_displayed(),
                  "the search is printed")
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})

            driver.find_element(By.LINK_TEXT, str(CODE)).click()
            check(driver.current_url.endswith("/codes/%d.html" % CODE),
                  "the row's link opened %s" % driver.current_url)
            h1 = driver.find_element(By.TAG_NAME, "h1").text
            check(str(CODE) in h1 and by_code[CODE]["name"] in h1, "the page's heading is %r" % h1)
            body = driver.find_element(By.TAG_NAME, "body").text
            for key in ("message_zh", "message_en", "hint_zh", "hint_en"):
                check(by_code[CODE][key] in body, "the code's page lacks its %s" % key)
            check(str(by_code[CODE]["http_status"]) in body, "the code's page lacks its HTTP status")
            errors = console_errors(driver)
            check(errors == [], "console errors on the code's page: %s" % errors)
            driver.save_screenshot(str(out / ("code-%d.png" % CODE)))
        finally:
            driver.quit()

    with tempfile.TemporaryDirectory(prefix="rtcerr-chromium-") as profile:
        driver = start_browser(chromium, profile, javascript=False)
        try:
            driver.get(index.as_uri())
            rows = driver.find_elements(By.CSS_SELECTOR, "#codes tbody tr")
            check(len(rows) == len(catalogue) and all(r.is_displayed() for r in rows),
                  "without JavaScript not every code is shown")
            text = row_message(driver, CODE)
            check(by_code[CODE]["message_zh"] in text and by_code[CODE]["message_en"] in text,
                  "without JavaScript row %d shows %r" % (CODE, text))
        finally:
            driver.quit()

    for name in ("index.png", "code-%d.png" % CODE):
        check_png(out / name)
    print("site.browser: all checks passed; screenshots in %s" % out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", required=True, help="the rtcerr executable")
    parser.add_argument("--site", required=True, help="a site written by rtcerr docs --html")
    parser.add_argument("--out", required=True, help="where the screenshots go")
    args = parser.parse_args()

    chromium = find_chromium()
    if chromium is None:
        print("site.browser: SKIPPED: chromium is not installed "
              "(scripts/install-deps installs chromium, chromium-driver and python3-selenium)")
        return SKIP
    if importlib.util.find_spec("selenium") is None:
        print("site.browser: chromium is installed but %s cannot import selenium "
              "(install python3-selenium)" % sys.executable)
        return 1
    try:
        run(args, chromium)
    except Failure as failure:
        print("site.browser: FAILED: %s" % failure)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
