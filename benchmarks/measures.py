"""What a case reports: named measures with their baseline from the same run, a target and a verdict."""
from __future__ import annotations

import json
import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import List, Optional

# A target bounds either the measured value itself or the value divided by its baseline.
ON_VALUE = "value"
ON_RATIO = "ratio"


@dataclass
class Measure:
    name: str  # stable, dotted: "<case>.<what>", e.g. "result_load.time_100k"
    case: str  # the report section: result_load, gui_stall, plugin_start, cost_preview, sandbox_engine
    value: Optional[float]  # None when it could not be measured
    unit: str
    baseline: Optional[float] = None
    baseline_label: str = ""  # what the baseline is, e.g. "ogr2ogr -f GPKG"
    target: Optional[float] = None  # an upper bound; None: reported for information
    target_on: str = ON_VALUE
    description: str = ""
    details: dict = field(default_factory=dict)  # absolute sub-figures (phases, feature counts...)

    @property
    def ratio(self) -> Optional[float]:
        if self.value is None or self.baseline is None or self.baseline <= 0:
            return None
        return self.value / self.baseline

    @property
    def passed(self) -> Optional[bool]:
        """True/False against the target; None when there is no target or nothing was measured."""
        if self.target is None:
            return None
        checked = self.ratio if self.target_on == ON_RATIO else self.value
        if checked is None or (isinstance(checked, float) and math.isnan(checked)):
            return False  # a target that cannot be checked is a miss, never a pass
        return checked <= self.target

    def target_text(self) -> str:
        if self.target is None:
            return "—"
        if self.target_on == ON_RATIO:
            return f"ratio ≤ {self.target:g}"
        return f"≤ {self.target:g} {self.unit}"

    def to_json(self) -> dict:
        data = asdict(self)
        data["ratio"] = None if self.ratio is None else round(self.ratio, 4)
        data["pass"] = self.passed
        for key in ("value", "baseline"):
            if isinstance(data[key], float):
                data[key] = round(data[key], 4)
        return data

    @classmethod
    def from_json(cls, data: dict) -> "Measure":
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class CaseOutput:
    """What one case process hands back to the runner (through a JSON file)."""

    case: str
    measures: List[Measure] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)  # findings and caveats, shown in the report

    def add(self, measure: Measure) -> Measure:
        self.measures.append(measure)
        return measure

    def write(self, path: Path) -> None:
        payload = {"case": self.case, "measures": [m.to_json() for m in self.measures], "notes": self.notes}
        Path(path).write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def read(cls, path: Path) -> "CaseOutput":
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return cls(case=data["case"], measures=[Measure.from_json(m) for m in data["measures"]],
                   notes=list(data.get("notes") or []))
