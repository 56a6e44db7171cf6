//! `bench-charts RESULTS.json OUT_DIR`: draws the thread benchmarks' charts for
//! docs/benchmarks.md from what `python3 benches/threads.py --json RESULTS.json` measured.
//!
//! Four SVG files, each a grouped bar chart (one group per program):
//! - `threads-overhead.svg`: one-thread time of each backend over `gil`'s (1.0 = no cost);
//! - `threads-speedup.svg`: each backend's speedup on N threads over its own one-thread time;
//! - `threads-aborts.svg`: CPU time lost in aborted transactions under `stm`, as a percentage
//!   of committed time, per thread count;
//! - `threads-rss.svg`: peak RSS of each backend on the most threads measured.
//!
//! This tool only draws: it reads the numbers, never measures them.

use plotters::prelude::*;
use serde_json::Value;
use std::path::Path;

/// One measurement: a program under one backend with one thread count.
#[derive(Clone, Debug, PartialEq)]
struct Sample {
    program: String,
    threads: u64,
    backend: String,
    seconds: f64,
    rss_kib: f64,
    aborted_percent: Option<f64>,
}

/// The samples of a results file (`{"results": [{program, threads, backends: {name:
/// {seconds, rss_kib, aborted_percent}}}]}`).
fn samples(results: &Value) -> Result<Vec<Sample>, String> {
    let rows = results["results"]
        .as_array()
        .ok_or("the results file has no \"results\" array")?;
    let mut out = Vec::new();
    for row in rows {
        let program = row["program"].as_str().ok_or("a result has no program")?;
        let threads = row["threads"].as_u64().ok_or("a result has no threads")?;
        let backends = row["backends"]
            .as_object()
            .ok_or("a result has no backends")?;
        for (backend, m) in backends {
            out.push(Sample {
                program: program.to_string(),
                threads,
                backend: backend.clone(),
                seconds: m["seconds"].as_f64().ok_or("a result has no seconds")?,
                rss_kib: m["rss_kib"].as_f64().ok_or("a result has no rss_kib")?,
                aborted_percent: m["aborted_percent"].as_f64(),
            });
        }
    }
    Ok(out)
}

/// Distinct values in first-seen order.
fn distinct<T: PartialEq + Clone>(items: impl Iterator<Item = T>) -> Vec<T> {
    let mut out = Vec::new();
    for i in items {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// A chart: one group of bars per category, one bar per series (NaN: no bar).
struct Bars {
    title: String,
    y_label: String,
    categories: Vec<String>,
    series: Vec<(String, Vec<f64>)>,
    /// A horizontal line drawn across the chart (1.0 for ratios).
    reference: Option<f64>,
}

const COLOURS: [RGBColor; 8] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
    RGBColor(227, 119, 194),
    RGBColor(127, 127, 127),
];

fn draw(bars: &Bars, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let top = bars
        .series
        .iter()
        .flat_map(|(_, v)| v.iter().copied())
        .chain(bars.reference)
        .filter(|v| v.is_finite())
        .fold(0.0f64, f64::max)
        * 1.15;
    let top = if top > 0.0 { top } else { 1.0 };
    let root = SVGBackend::new(path, (960, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let groups = bars.categories.len();
    let mut chart = ChartBuilder::on(&root)
        .caption(&bars.title, ("sans-serif", 20))
        .margin(12)
        .x_label_area_size(40)
        .y_label_area_size(60)
        .build_cartesian_2d(0f64..groups as f64, 0f64..top)?;
    let categories = bars.categories.clone();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(groups * 2 + 1)
        .x_label_formatter(&move |x| {
            // Labels at the middle of each group.
            let i = x.floor() as usize;
            if (x - i as f64 - 0.5).abs() < 1e-6 {
                categories.get(i).cloned().unwrap_or_default()
            } else {
                String::new()
            }
        })
        .y_desc(bars.y_label.as_str())
        .draw()?;
    let n = bars.series.len().max(1) as f64;
    let width = 0.8 / n;
    for (s, (name, values)) in bars.series.iter().enumerate() {
        let colour = COLOURS[s % COLOURS.len()];
        chart
            .draw_series(
                values
                    .iter()
                    .enumerate()
                    .filter(|(_, v)| v.is_finite())
                    .map(|(g, &v)| {
                        let x0 = g as f64 + 0.1 + s as f64 * width;
                        Rectangle::new([(x0, 0.0), (x0 + width * 0.9, v)], colour.filled())
                    }),
            )?
            .label(name.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], colour.filled()));
    }
    if let Some(r) = bars.reference {
        chart.draw_series(LineSeries::new(
            [(0.0, r), (groups as f64, r)],
            BLACK.stroke_width(1),
        ))?;
    }
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .position(SeriesLabelPosition::UpperRight)
        .draw()?;
    root.present()?;
    Ok(())
}

/// The value of `f` for each program, for the samples `keep` selects (NaN where none).
fn per_program(
    samples: &[Sample],
    programs: &[String],
    keep: impl Fn(&Sample) -> bool,
    f: impl Fn(&Sample) -> Option<f64>,
) -> Vec<f64> {
    programs
        .iter()
        .map(|p| {
            samples
                .iter()
                .find(|s| &s.program == p && keep(s))
                .and_then(&f)
                .unwrap_or(f64::NAN)
        })
        .collect()
}

/// The four charts of the module doc.
fn charts(samples: &[Sample]) -> Vec<(&'static str, Bars)> {
    let programs = distinct(samples.iter().map(|s| s.program.clone()));
    let backends = distinct(samples.iter().map(|s| s.backend.clone()));
    let threads = {
        let mut t = distinct(samples.iter().map(|s| s.threads));
        t.sort();
        t
    };
    let one = threads.first().copied().unwrap_or(1);
    let most = threads.last().copied().unwrap_or(1);
    let time = |p: &str, b: &str, n: u64| {
        samples
            .iter()
            .find(|s| s.program == p && s.backend == b && s.threads == n)
            .map(|s| s.seconds)
    };
    let overhead = backends
        .iter()
        .filter(|b| b.as_str() != "gil")
        .map(|b| {
            let v = per_program(
                samples,
                &programs,
                |s| &s.backend == b && s.threads == one,
                |s| Some(s.seconds / time(&s.program, "gil", one)?),
            );
            (format!("{b} / gil"), v)
        })
        .collect();
    let mut speedup = Vec::new();
    for &n in threads.iter().filter(|&&n| n != one) {
        for b in &backends {
            let v = per_program(
                samples,
                &programs,
                |s| &s.backend == b && s.threads == n,
                |s| Some(time(&s.program, b, one)? / s.seconds),
            );
            speedup.push((format!("{b}, {n} threads"), v));
        }
    }
    let aborts = threads
        .iter()
        .map(|&n| {
            let v = per_program(
                samples,
                &programs,
                |s| s.backend == "stm" && s.threads == n,
                |s| s.aborted_percent,
            );
            (format!("stm, {n} threads"), v)
        })
        .collect();
    let rss = backends
        .iter()
        .map(|b| {
            let v = per_program(
                samples,
                &programs,
                |s| &s.backend == b && s.threads == most,
                |s| Some(s.rss_kib / 1024.0),
            );
            (b.clone(), v)
        })
        .collect();
    vec![
        (
            "threads-overhead.svg",
            Bars {
                title: format!("One-thread time over gil's ({one} thread)"),
                y_label: "time / gil time".into(),
                categories: programs.clone(),
                series: overhead,
                reference: Some(1.0),
            },
        ),
        (
            "threads-speedup.svg",
            Bars {
                title: "Speedup over the same backend on one thread".into(),
                y_label: "one-thread time / time".into(),
                categories: programs.clone(),
                series: speedup,
                reference: Some(1.0),
            },
        ),
        (
            "threads-aborts.svg",
            Bars {
                title: "stm: CPU time lost in aborted transactions".into(),
                y_label: "% of committed time".into(),
                categories: programs.clone(),
                series: aborts,
                reference: Some(10.0),
            },
        ),
        (
            "threads-rss.svg",
            Bars {
                title: format!("Peak RSS on {most} threads"),
                y_label: "MiB".into(),
                categories: programs,
                series: rss,
                reference: None,
            },
        ),
    ]
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, results, out] = &args[..] else {
        eprintln!("usage: bench-charts RESULTS.json OUT_DIR");
        std::process::exit(2);
    };
    let fail = |e: String| -> ! {
        eprintln!("bench-charts: {e}");
        std::process::exit(1)
    };
    let text = std::fs::read_to_string(results).unwrap_or_else(|e| fail(format!("{results}: {e}")));
    let json: Value =
        serde_json::from_str(&text).unwrap_or_else(|e| fail(format!("{results}: {e}")));
    let samples = samples(&json).unwrap_or_else(|e| fail(format!("{results}: {e}")));
    std::fs::create_dir_all(out).unwrap_or_else(|e| fail(format!("{out}: {e}")));
    for (name, bars) in charts(&samples) {
        let path = Path::new(out).join(name);
        draw(&bars, &path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
        println!("{}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn results() -> Value {
        serde_json::json!({"results": [
            {"program": "a", "threads": 1, "backends": {
                "gil": {"seconds": 2.0, "rss_kib": 2048, "aborted_percent": null},
                "stm": {"seconds": 3.0, "rss_kib": 4096, "aborted_percent": 0.5}}},
            {"program": "a", "threads": 2, "backends": {
                "gil": {"seconds": 2.0, "rss_kib": 2048, "aborted_percent": null},
                "stm": {"seconds": 1.5, "rss_kib": 8192, "aborted_percent": 4.0}}},
        ]})
    }

    #[test]
    fn charts_compute_ratios_from_the_samples() {
        let s = samples(&results()).unwrap();
        assert_eq!(s.len(), 4);
        let charts = charts(&s);
        let find = |name: &str| &charts.iter().find(|(n, _)| *n == name).unwrap().1;
        assert_eq!(
            find("threads-overhead.svg").series,
            vec![("stm / gil".to_string(), vec![1.5])]
        );
        let speedup = &find("threads-speedup.svg").series;
        assert_eq!(speedup[0], ("gil, 2 threads".to_string(), vec![1.0]));
        assert_eq!(speedup[1], ("stm, 2 threads".to_string(), vec![2.0]));
        assert_eq!(find("threads-aborts.svg").series[1].1, vec![4.0]);
        assert_eq!(
            find("threads-rss.svg").series[1],
            ("stm".to_string(), vec![8.0])
        );
    }

    #[test]
    fn charts_are_drawn_as_svg() {
        let dir = std::env::temp_dir().join(format!("bench-charts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, bars) in charts(&samples(&results()).unwrap()) {
            let path = dir.join(name);
            draw(&bars, &path).unwrap();
            let svg = std::fs::read_to_string(&path).unwrap();
            assert!(svg.starts_with("<svg") && svg.contains("<rect"), "{name}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_results_file_without_results_is_an_error() {
        assert!(samples(&serde_json::json!({})).is_err());
    }
}
