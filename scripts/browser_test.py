"""The steps of scripts/browser-test, in Selenium: a person's use of the web view.

Usage: browser_test.py BASE_URL USER PASSWORD RENDER_DIR. Prints one line per check and
a closing `browser-test: N passed, N failed`; exits 1 when any check failed.
"""
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

base, user, password, render = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3], sys.argv[4]
passed, failed = 0, 0


def check(name, condition, detail=""):
    global passed, failed
    if condition:
        passed += 1
        print(f"ok    {name}")
    else:
        failed += 1
        print(f"FAIL  {name} {detail}")


options = Options()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
             "--disable-extensions", "--no-first-run"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(executable_path="/usr/bin/chromedriver"), options=options)
driver.set_page_load_timeout(60)
console = []


def collect_console():
    console.extend(entry for entry in driver.get_log("browser") if entry.get("level") == "SEVERE")


def shoot(name):
    """Screenshots of the whole page at a phone's and a desktop's width."""
    for width in (390, 1280):
        driver.set_window_size(width, 900)
        time.sleep(0.2)
        height = driver.execute_script("return document.documentElement.scrollHeight") or 900
        driver.set_window_size(width, min(int(height), 8000))
        time.sleep(0.2)
        path = os.path.join(render, f"web-{name}-{width}.png")
        driver.save_screenshot(path)
        check(f"screenshot {os.path.basename(path)}", os.path.getsize(path) > 1000)
    driver.set_window_size(1280, 900)


try:
    driver.get(base + "/")
    check("an anonymous visitor is sent to sign in", "/masuk" in driver.current_url, driver.current_url)
    driver.find_element(By.NAME, "name").send_keys(user)
    driver.find_element(By.NAME, "password").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
    check("signed in as the officer", user in driver.find_element(By.CSS_SELECTOR, "nav.top .account").text)
    check("the digest shows its sections", len(driver.find_elements(By.CSS_SELECTOR, "section#perlu-tanggapan li")) > 0)
    shoot("ringkasan")
    collect_console()

    driver.find_element(By.LINK_TEXT, "Cari").click()
    box = driver.find_element(By.NAME, "q")
    box.send_keys("kabur")
    box.submit()
    hits = driver.find_elements(By.CSS_SELECTOR, "ol.hits > li")
    check("searching kabur finds stories", len(hits) > 0)
    check("matches are marked", len(driver.find_elements(By.CSS_SELECTOR, "ol.hits mark")) > 0)
    escape = next((h for h in hits if "kabur" in h.find_element(By.CSS_SELECTOR, "strong a").text.lower()), None)
    check("the escape story is among the hits", escape is not None)
    shoot("cari")
    collect_console()
    if escape is None:
        raise SystemExit(1)
    title = escape.find_element(By.CSS_SELECTOR, "strong a").text
    escape.find_element(By.CSS_SELECTOR, "strong a").click()
    check("the article page opens", driver.find_element(By.TAG_NAME, "h1").text == title, driver.current_url)
    check("the tone is explained with marked terms", len(driver.find_elements(By.CSS_SELECTOR, "section#nada blockquote mark")) > 0)
    article_url = driver.current_url.split("#")[0]

    form = driver.find_element(By.CSS_SELECTOR, "form[action*='/tanggapan']")
    Select(form.find_element(By.NAME, "status")).select_by_value("ditangani")
    note = "Rilis klarifikasi sedang disiapkan Humas"
    form.find_element(By.NAME, "note").send_keys(note)
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    check("back on the article after saving", driver.current_url.split("#")[0] == article_url, driver.current_url)
    history = driver.page_source
    check("the response history shows ditangani and the note", "ditangani" in history and note in history)
    shoot("artikel")
    collect_console()

    driver.find_element(By.LINK_TEXT, "Tanggapan").click()
    rows = driver.find_elements(By.CSS_SELECTOR, "table.queue tbody tr")
    row = next((r for r in rows if r.find_element(By.CSS_SELECTOR, "a").text == title), None)
    check("the queue lists the story", row is not None)
    check("the queue shows its status ditangani",
          row is not None and row.find_element(By.CSS_SELECTOR, "td.status").text == "ditangani")
    shoot("tanggapan")
    collect_console()

    driver.find_element(By.LINK_TEXT, "Sumber").click()
    check("the sources page lists the demo's sources", len(driver.find_elements(By.CSS_SELECTOR, "tbody tr")) > 0)
    collect_console()
    check("the browser console has no error", not console, "; ".join(e.get("message", "") for e in console))
except Exception as error:  # a missing element is a failed check, not a crash
    check("the steps ran to the end", False, repr(error))
finally:
    driver.quit()

print(f"browser-test: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
