//! `math.gamma` and `math.lgamma` as CPython computes them: Lanczos' approximation (g =
//! 6.024680040776729583740234375, thirteen terms, as a rational function), a table for the
//! integers up to 23 and the reflection formula for negative arguments, so that the last
//! digits agree with CPython's (the C library's tgamma and lgamma round differently).
//!
//! Owns: the two functions on plain doubles (`Err` for a domain error, an infinite result
//! for a range error). Must not: convert Python values (`math_float.rs` does).

// The coefficients are written as published, to more digits than a double holds; the
// compiler rounds each to the nearest double, as a C compiler does.
#![allow(clippy::excessive_precision)]

use std::f64::consts::PI;

const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;

/// The numerator's coefficients, lowest power first.
const NUMERATOR: [f64; 13] = [
    23_531_376_880.410_759_688_572_007_674_451_636_754_734_846_804_940,
    42_919_803_642.649_098_768_957_899_047_001_988_850_926_355_848_959,
    35_711_959_237.355_668_049_440_185_451_547_166_705_960_488_635_843,
    17_921_034_426.037_209_699_919_755_754_458_931_112_671_403_265_390,
    6_039_542_586.352_028_005_064_291_644_307_297_921_069_938_842_070_8,
    1_439_720_407.311_721_673_663_223_072_794_912_393_971_548_578_677_2,
    248_874_557.862_054_156_511_460_386_413_229_423_216_321_251_278_01,
    31_426_415.585_400_194_380_614_231_628_318_205_362_874_684_987_640,
    2_876_370.628_935_372_441_225_409_051_620_849_613_599_114_537_876_8,
    186_056.265_395_223_495_040_294_989_716_045_699_282_207_842_363_28,
    8_071.672_002_365_816_210_638_002_902_272_250_613_821_851_632_502_4,
    210.824_277_751_579_345_872_509_733_920_713_362_711_669_695_802_91,
    2.506_628_274_631_000_270_164_908_177_133_837_338_626_431_079_340_8,
];

/// The denominator's coefficients (those of x(x+1)...(x+11)), lowest power first.
const DENOMINATOR: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];

/// Γ(n) for n = 1..=23, exact in a double.
const FACTORIALS: [f64; 23] = [
    1.0,
    1.0,
    2.0,
    6.0,
    24.0,
    120.0,
    720.0,
    5_040.0,
    40_320.0,
    362_880.0,
    3_628_800.0,
    39_916_800.0,
    479_001_600.0,
    6_227_020_800.0,
    87_178_291_200.0,
    1_307_674_368_000.0,
    20_922_789_888_000.0,
    355_687_428_096_000.0,
    6_402_373_705_728_000.0,
    121_645_100_408_832_000.0,
    2_432_902_008_176_640_000.0,
    51_090_942_171_709_440_000.0,
    1_124_000_727_777_607_680_000.0,
];

/// The Lanczos sum for x > 0, evaluated in the direction that keeps it accurate.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + NUMERATOR[i];
            den = den * x + DENOMINATOR[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + NUMERATOR[i];
            den = den / x + DENOMINATOR[i];
        }
    }
    num / den
}

/// sin(πx), exact at the integers and half-integers.
fn sin_pi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i64;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// The error of `y = absx + g - 1/2` as computed, scaled (Lanczos' correction term).
fn correction(absx: f64, y: f64) -> f64 {
    let z = if absx > LANCZOS_G_MINUS_HALF {
        (y - absx) - LANCZOS_G_MINUS_HALF
    } else {
        (y - LANCZOS_G_MINUS_HALF) - absx
    };
    z * LANCZOS_G / y
}

/// Γ(x); `Err(())` where CPython raises a domain error (the poles, -inf).
pub fn gamma(x: f64) -> Result<f64, ()> {
    if !x.is_finite() {
        return if x.is_nan() || x > 0.0 {
            Ok(x)
        } else {
            Err(())
        };
    }
    if x == 0.0 {
        return Err(());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(());
        }
        if x <= FACTORIALS.len() as f64 {
            return Ok(FACTORIALS[x as usize - 1]);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(1.0 / x);
    }
    if absx > 200.0 {
        return Ok(if x < 0.0 {
            0.0 / sin_pi(x)
        } else {
            f64::INFINITY
        });
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = correction(absx, y);
    let mut r;
    if x < 0.0 {
        r = -PI / sin_pi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r /= half;
            r /= half;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let half = y.powf(absx / 2.0 - 0.25);
            r *= half;
            r *= half;
        }
    }
    Ok(r)
}

/// log|Γ(x)|; `Err(())` at the poles (0 and the negative integers).
pub fn lgamma(x: f64) -> Result<f64, ()> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 { Err(()) } else { Ok(0.0) };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        // The reflection formula.
        r = PI.ln() - sin_pi(absx).abs().ln() - absx.ln() - r;
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_values_and_poles() {
        assert_eq!(gamma(5.0), Ok(24.0));
        assert_eq!(gamma(1.0), Ok(1.0));
        assert!(gamma(-3.0).is_err() && gamma(0.0).is_err());
        assert_eq!(gamma(0.5), Ok(1.772_453_850_905_515_9));
        assert_eq!(lgamma(1.0), Ok(0.0));
        assert_eq!(lgamma(2.0), Ok(0.0));
        assert!(lgamma(-2.0).is_err());
        assert_eq!(gamma(f64::INFINITY), Ok(f64::INFINITY));
        assert!(gamma(f64::NEG_INFINITY).is_err());
    }
}
