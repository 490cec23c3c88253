"""A seeded generator of small prr sites whose every string field is hostile.

`write_site(root, strings)` writes Content/ (site.yaml, policy.yaml, catalog,
reviews, retrospectives) into `root`. Every string field takes the next value
from `strings`, a `Slots` object: in a *clean* site each slot is a plain token
(`zq17zq`), in a *hostile* site a random string from `ALPHABET`. The two sites
have the same shape (same files, same services, same numbers), so whatever
markup the clean build has is exactly what the hostile build must have, and a
slot whose token shows up on a page must show up there unchanged.

Strings are written as double-quoted YAML with escapes for everything that is
not printable ASCII, so U+2028, U+FEFF, control characters and emoji reach prr
exactly (raw U+2028 would be a YAML line break).
"""
import random

# Pieces of hostile text; a string is 1–10 of them.
ALPHABET = [
    "\u0301", "\u0338", '"', "'", "`", "<", ">", "&", "{{", "}}", "{{{", "</script>",
    "<!--", "-->", "]]>", "\u2028", "\u2029", "\ufeff", "\x01", "\x07", "\x0b", "\x0c",
    "\x1b", "\x1f", "\x7f", "\u0085", "\U0001F600", "\U0001F9D1\u200D\U0001F692", "\u200f",
    "\u202e", "\u200e", "javascript:", "%", "%3C", "\\", "&amp;", "&#39;", "&lt;x&gt;",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '" onmouseover="x', "' autofocus '",
    "a", "Z", "9", "é", "ß", "İ", "ı", "日本", "-", "_", "/", "#", "?", "=", "*", "[", "]", "(", ")",
]
# How URL fields start, so some hostile URLs are links (and their attribute
# escaping is tested) and some must not become links at all.
URL_PREFIXES = ["https://x.example/", "http://y.example/?q=", "mailto:", "javascript:", " JaVaScRiPt:",
                "data:text/html,", "vbscript:", "\tjava\nscript:", ""]


def yaml_string(text):
    """A double-quoted YAML scalar that reads back as exactly `text`."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif 0x20 <= code < 0x7F:
            out.append(ch)
        elif code < 0x100:
            out.append("\\x%02X" % code)
        elif code < 0x10000:
            out.append("\\u%04X" % code)
        else:
            out.append("\\U%08X" % code)
    out.append('"')
    return "".join(out)


class Slots:
    """Hands out one string per field and remembers them by slot number."""

    def __init__(self, hostile, seed):
        self.hostile = hostile
        self.random = random.Random(seed)
        self.values = []

    def text(self, word=False, extra=""):
        """A string field. `word`: the string has a letter, for fields prr
        groups by their words (template changes without one are dropped) or
        rejects when blank (policy titles). `extra` is added to hostile
        values, to be sure a field meets a given character."""
        number = len(self.values)
        if self.hostile:
            value = "".join(self.random.choice(ALPHABET) for _ in range(self.random.randint(1, 10)))
            if word:
                value += "w"
            value = extra + value
        else:
            value = "zq%dzq" % number
        self.values.append(value)
        return yaml_string(value)

    def url(self, prefix_index):
        """A URL field: a fixed prefix (same in both sites) and a slot."""
        prefix = URL_PREFIXES[prefix_index % len(URL_PREFIXES)]
        number = len(self.values)
        if self.hostile:
            value = prefix + "".join(self.random.choice(ALPHABET) for _ in range(self.random.randint(1, 6)))
        else:
            value = prefix + "zq%dzq" % number
        self.values.append(value)
        return yaml_string(value)


SERVICES = 4
STATUSES = ["launched", "draft", "approved", "in-review"]
# A hostile Markdown body: not compared as text (Markdown changes it), but
# its links and raw HTML must not add markup or unsafe URLs.
BODY = """
Overview with [a bad link](javascript:alert(1)) and [another](  JAVASCRIPT:alert(2)),
<script>alert(3)</script> <img src=x onerror=alert(4)> and `</script>` in code.

## Monitoring and alerting
- [x] Latency dashboards — [Grafana](https://grafana.example/d/x)
- [ ] Error rate dashboards
- [n/a] Auto-scaling configured — <b onclick=x>fixed pool</b>

## Rollout strategy
- [x] Feature flag — [flag](data:text/html,<script>alert(5)</script>)
"""


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def write_site(root, s):
    """Writes a whole site into root/Content using the slots `s`."""
    content = root / "Content"
    write(content / "site.yaml", "title: %s\ndescription: %s\nbase_url: https://prr.example/\ntoday: 2026-11-26\n"
          % (s.text(), s.text()))
    write(content / "policy.yaml", """categories:
  - id: capacity
    items:
      - {id: hostile-item, title: %s, help: %s, required: [1]}
  - id: hostile-category
    title: %s
    items: [{id: backups, title: %s, help: %s, required: [1, 2, 3]}]
""" % (s.text(word=True), s.text(word=True), s.text(word=True, extra="\x07]]>\u2028"),
       s.text(word=True), s.text(word=True)))
    org = []
    for team in ("team-a", "team-b"):
        org.append("""apiVersion: backstage.io/v1alpha1
kind: Group
metadata: {name: %s, title: %s, description: %s}
spec: {type: team, profile: {displayName: %s, email: %s}, children: [], members: [user:u-%s]}
""" % (team, s.text(), s.text(), s.text(), s.text(), team))
        org.append("""apiVersion: backstage.io/v1alpha1
kind: User
metadata: {name: u-%s, description: %s}
spec: {profile: {displayName: %s, email: %s}, memberOf: [group:%s]}
""" % (team, s.text(), s.text(), s.text(), team))
    org.append("""apiVersion: backstage.io/v1alpha1
kind: System
metadata: {name: sys-a, title: %s, description: %s}
spec: {owner: group:team-a}
""" % (s.text(), s.text()))
    org.append("""apiVersion: backstage.io/v1alpha1
kind: Resource
metadata: {name: db-0, title: %s, description: %s}
spec: {type: database, owner: group:team-b, system: sys-a}
""" % (s.text(), s.text()))
    for i in range(SERVICES):
        org.append("""apiVersion: backstage.io/v1alpha1
kind: Component
metadata:
  name: svc-%d
  title: %s
  description: %s
  annotations:
    pagerduty.com/service-id: %s
    github.com/project-slug: %s
    grafana/dashboard-selector: %s
    prr.dev/tier: "%d"
  links:
    - {url: %s, title: %s}
    - {url: %s, title: %s}
spec: {type: service, lifecycle: production, owner: group:team-%s, system: sys-a, dependsOn: [resource:db-0]}
""" % (i, s.text(), s.text(), s.text(), s.text(), s.text(), 1 + i % 3, s.url(i), s.text(), s.url(i + 4),
       s.text(), "ab"[i % 2]))
    write(content / "catalog" / "all.yaml", "---\n" + "---\n".join(org))
    for i in range(SERVICES):
        write_review(content, s, i)
    for i in range(2):
        write_retrospective(content, s, i)


def ref(s, i, valid):
    """A reference: valid on even services, hostile on odd ones."""
    return valid if i % 2 == 0 else s.text()


def write_review(content, s, i):
    team = "group:team-" + "ab"[i % 2]
    front = """---
service: svc-{i}
title: {title}
tier: {tier}
owner: {owner}
review_mode: hybrid
status: {status}
review_date: 2026-07-01
launch_date: 2026-08-01
reviewers:
  - {{ref: {r1}, role: {role1}, verdict: approved, date: 2026-07-10}}
  - {{ref: {r2}, role: {role2}, verdict: pending}}
signoffs:
  - {{ref: {s1}, role: {srole}, date: 2026-07-11}}
slos:
  - {{name: {slo1}, objective: {obj1}, window: {win1}}}
  - {{name: {slo2}, objective: {obj2}, window: {win2}}}
alerts:
  - {{name: {a1}, slo: {aslo1}, pages: {pages1}, runbook: {rb1}}}
  - {{name: {a2}, slo: {aslo2}, pages: {pages2}, runbook: {rb2}}}
capacity:
  expected_peak_rps: 100
  load_tested_rps: {tested}
  load_test: {{date: 2026-07-05, report: {report}}}
  autoscaling: {{min: 2, max: 8}}
  monthly_cost_usd: 900
dependencies:
  - {{ref: {dep1}, on_failure: {fail1}, timeout_ms: 200, retries: 2, circuit_breaker: true}}
  - {{ref: {dep2}, on_failure: {fail2}, timeout_ms: 100, retries: 1, circuit_breaker: false}}
rollout:
  feature_flag: {flag}
  strategy: canary
  stages: [1, 50, 100]
  traffic_shaping: {shaping}
  rollback: {{procedure: {procedure}, tested: 2026-07-06}}
  communication: {communication}
oncall: {{rotation: {rotation}, escalation: [{esc1}, {esc2}]}}
risks:
  - {{item: capacity.hostile-item, reason: {reason1}, accepted_by: {by1}, expires: 2027-01-31}}
  - {{item: monitoring.error-rate-dashboards, reason: {reason2}, accepted_by: {by2}, expires: 2026-01-31}}
---
""".format(
        i=i, title=s.text(), tier=1 + i % 3, owner=ref(s, i, team), status=STATUSES[i % len(STATUSES)],
        r1=ref(s, i, "user:u-team-b"), role1=s.text(), r2=s.text(), role2=s.text(),
        s1=ref(s, i, "user:u-team-a"), srole=s.text(),
        slo1=s.text(), obj1=s.text(), win1=s.text(), slo2=s.text(), obj2=s.text(), win2=s.text(),
        a1=s.text(), aslo1=s.text(), pages1=s.text(), rb1=s.url(i), a2=s.text(), aslo2=s.text(),
        pages2=s.text(), rb2=s.url(i + 1), tested=150 if i % 2 else 400, report=s.url(i + 2),
        dep1=ref(s, i, "resource:db-0"), fail1=s.text(), dep2=s.text(), fail2=s.text(),
        flag=s.text(), shaping=s.text(), procedure=s.text(), communication=s.text(),
        rotation=s.text(), esc1=s.text(), esc2=ref(s, i, "user:u-team-a"),
        reason1=s.text(), by1=ref(s, i, "user:u-team-a"), reason2=s.text(), by2=s.text())
    write(content / "reviews" / ("svc-%d.md" % i), front + BODY)


def write_retrospective(content, s, i):
    write(content / "retrospectives" / ("svc-%d.md" % i), """---
service: svc-{i}
date: 2026-09-01
capacity: {{expected_peak_rps: 100, actual_peak_rps: {peak}}}
alerts:
  - {{name: {a1}, fired: 3, actionable: 1}}
  - {{name: {a2}, fired: 0, actionable: 0}}
incidents:
  - {{id: {iid}, anticipated: false, summary: {summary}}}
runbooks_accurate: false
template_changes: [{t1}, {t2}]
---

## What went well

Things <script>alert(6)</script> went [well](javascript:alert(7)).
""".format(i=i, peak=80 + 40 * i, a1=s.text(), a2=s.text(), iid=s.text(), summary=s.text(),
           t1=s.text(word=True), t2=s.text(word=True)))
