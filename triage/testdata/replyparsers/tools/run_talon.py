import sys, json, os, email, email.iterators
sys.path.insert(0, os.path.join(os.environ['SRC'], 'mailgun+talon'))
from talon import quotations
from talon import utils as u
quotations.register_xpath_extensions()
root = sys.argv[1]
out = {}
for suite in sorted(os.listdir(root)):
    mf = os.path.join(root, suite, 'manifest.json')
    if not os.path.exists(mf):
        continue
    for c in json.load(open(mf)):
        path = os.path.join(root, suite, c['file'])
        raw = open(path, encoding='utf8', newline='').read()
        try:
            if c['format'] == 'text':
                got = quotations.extract_from_plain(raw)
            elif c['format'] == 'html':
                h = quotations.extract_from_html(raw)
                got = u.html_to_text(h) or ''
                if isinstance(got, bytes):
                    got = got.decode('utf8')
            else:
                m = email.message_from_string(raw)
                parts = list(email.iterators.typed_subpart_iterator(m, subtype='plain'))
                if parts:
                    t = parts[0].get_payload(decode=True).decode(parts[0].get_content_charset() or 'utf8', 'replace')
                    got = quotations.extract_from_plain(t)
                else:
                    htm = list(email.iterators.typed_subpart_iterator(m, subtype='html'))[0]
                    got = u.html_to_text(quotations.extract_from_html(htm.get_payload(decode=True).decode('utf8', 'replace'))) or ''
        except Exception as e:
            got = ''
            print('error', suite, c['name'], repr(e), file=sys.stderr)
        out[suite + '/' + c['name']] = got
json.dump(out, sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
