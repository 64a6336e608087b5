#!/usr/bin/env python3
"""Writes a valid survey import file of N households (about 4.5 members each) for throughput measurements.

    python3 generate-survey.py 100000 > survey-100k.csv

Villages are those of the hub's synthetic reference data (seed --households 0 adds them); national IDs come
from a counter with correct check digits; the output is the same for the same N.
"""
import random
import sys

PROVINCES = ["18", "30", "31", "32", "33", "34", "35", "37", "42", "45", "46", "47", "49", "52", "58", "65",
             "93", "94", "95", "96"]
VILLAGES = [p + d + s + v for p in PROVINCES for d in ("01", "02") for s in ("01", "02") for v in ("01", "02")]
HEADER = ("household_code,house_code,address,village_code,subdistrict_code,district_code,province_code,source,"
          "household_group,national_id,first_name_th,last_name_th,birth_date,sex,relation,education,in_school,"
          "health,disability,occupation,annual_income,holds_welfare_card")


def national_id(counter):
    first12 = "5" + f"{counter:011d}"
    total = sum(int(d) * (13 - i) for i, d in enumerate(first12))
    return first12 + str((11 - total % 11) % 10)


def main(households):
    rng = random.Random(households)
    out = sys.stdout
    out.write(HEADER + "\r\n")
    person = 0
    for h in range(1, households + 1):
        village = rng.choice(VILLAGES)
        group = "Destitute" if rng.random() < 0.3 else "OpportunityLacking"
        prefix = (f"SV-{h:08d},{rng.randrange(10**10, 10**11)},{rng.randint(1, 300)} หมู่ {int(village[6:])},"
                  f"{village},{village[:6]},{village[:4]},{village[:2]},Tpmap,{group}")
        members = [("Head", rng.randint(1946, 2000))]
        if rng.random() < 0.7:
            members.append(("Spouse", rng.randint(1946, 2000)))
        members += [("Child", rng.randint(2000, 2024)) for _ in range(rng.randrange(0, 5))]
        if rng.random() < 0.3:
            members += [("Grandchild", rng.randint(2010, 2024)) for _ in range(rng.randint(1, 3))]
        for relation, year in members:
            person += 1
            adult = year < 2008
            out.write(f"{prefix},{national_id(person)},สมชาย,ใจดี,{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)},"
                      f"{rng.choice(('Male', 'Female'))},{relation},Primary,{'false' if adult else 'true'},Healthy,None,"
                      f"{'เกษตรกร' if adult else ''},{rng.randint(0, 60000) if adult else 0},{'true' if adult else 'false'}\r\n")


if __name__ == "__main__":
    main(int(sys.argv[1]))
