def rec(metric, value, unit, surface, q='exact', k='level', fed=None, reg=None, year=None):
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    d = {"metric": metric, "value": value, "unit": unit, "qualifier": q, "kind": k, "surface": surface}
    if fed: d["federation"] = fed
    if reg: d["region"] = reg
    if year: d["year"] = year
    return d
