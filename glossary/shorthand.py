"""Words as people type them in chat, read as the words the cues and names know (glossary/textscan.py folds
each token through these): "whats dat", "inventory mgmt", "api gw", "credit w their bank"."""

#: Typed spellings -> the words they stand for, in lower case.
READ_AS = {"wut": "wat", "dat": "that", "dis": "this", "u": "you", "ur": "your", "anyways": "anyway",  # chat
           "whom": "who",  # "..., whom can I call?": a person asked, as by "who"
           # spellings of asking and pointing words read as the words the cues know: "CMDB whats dat", "how do u"
           # written abbreviations of everyday words, read as the words names use: "inventory mgmt", "fiscal yr"
           "mgmt": "management", "yr": "year", "yrs": "years", "mkt": "market",
           "avg": "average", "govt": "government", "dept": "department", "acct": "account", "mgr": "manager",
           "intl": "international", "natl": "national", "svc": "service", "svcs": "services", "approx": "approximate",
           # chat spellings of function words end a name as the words do: "a proof of concept b4 signing"
           "b4": "before", "thru": "through", "stmt": "statement", "qtr": "quarter",
           # "what's a recession cuz my mom asks": the reason that follows is a clause, no part of the name
           "cuz": "because", "coz": "because", "bcuz": "because",
           "def": "definition", "defn": "definition", "defs": "definitions",  # "PII def pls": the word that asks
           # an engineer's shorthand for a noun names end on: "api gw" (not "repo", "infra", "cert": names of their
           # own in a glossary; nor "env", "sys": "is the staging env down?" would lose its state)
           "gw": "gateway"}
#: Chat spellings read as the words, alone between spaces ("credit w their bank", "what r KPIs"; not "w/o", "R")
#: ("bc" only so: "BC" is a place, "bcc" a copy); "da" for "the" in dialect chat ("what's da weather", never "DA")
CHAT_SPELLED = {"w": "with", "r": "are", "bc": "because", "da": "the"}
