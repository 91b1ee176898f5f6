"""Writes the evidence files of README.md from the case fixture (../case/breaches.json)."""
import json

breaches = json.load(open("../case/breaches.json"))
address = "yuki.ono.0312@gmail.com"
with open(f"{address}.json", "w") as f:
    json.dump(breaches[address], f, ensure_ascii=False, indent=2)
    f.write("\n")
with open("abuseipdb-check.json", "w") as f:
    json.dump({"data": {
        "ipAddress": "155.94.251.82", "isPublic": True, "ipVersion": 4, "isWhitelisted": False,
        "abuseConfidenceScore": 0, "countryCode": "US", "usageType": "Fixed Line ISP",
        "isp": "Optimum Online", "domain": "optimum.net", "hostnames": [], "isTor": False,
        "totalReports": 0, "numDistinctUsers": 0, "lastReportedAt": None}}, f, indent=2)
    f.write("\n")
names = lambda a: "; ".join(b["Name"] for b in breaches[a])
rows = [
    "indicator,source,result,date,note",
    "155[.]94[.]251[.]82,VirusTotal,0,2026-03-11,no engine flags it (web page)",
    f"sho.tkd@gmail.com,HIBP,{names('sho.tkd@gmail.com')},2026-03-11,looked up on haveibeenpwned.com",
    f"mika.sato.77@yahoo.co.jp,HIBP,{names('mika.sato.77@yahoo.co.jp')},2026-03-11,",
    "ejbjebduffy@optimum.net,Spamhaus,not listed,2026-03-11,\"checked by hand, no listing\"",
]
with open("manual.csv", "w") as f:
    f.write("\r\n".join(rows) + "\r\n")
