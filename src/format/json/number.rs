//! Numbers, as serde_json reads them without its `float_roundtrip`
//! feature: integers exactly, other numbers as the significand times a power
//! of ten, the way it computes it (`f64_from_parts`); and floats as it
//! writes them in a message.

use super::{Number, Read, Reader, Syntax};

/// Whether `value * 10 + digit` would pass `max` (serde_json's `overflow!`).
fn overflows(value: u64, digit: u64, max: u64) -> bool {
    value >= max / 10 && (value > max / 10 || digit > max % 10)
}

/// 10 to the power `exponent` (0–308), as the literal `1e…` is: rounded to
/// the nearest double, on every target (the crate's one parser of decimal
/// text, which leaves the wasm without Rust's float parser).
fn power_of_ten(exponent: usize) -> f64 {
    crate::options::parse_number(&format!("1e{exponent}")).unwrap_or(f64::INFINITY)
}

/// A float as serde_json writes it in a message (the `zmij` crate's
/// layout): its shortest digits that read back as the same double, in
/// plain notation from 1e-5 to below 1e16 (`1.0`, `0.00012`, `2.5`), else
/// in scientific notation with a signed exponent (`1.8446744073709552e+19`,
/// `1e-7`).
pub(super) fn float_text(f: f64) -> String {
    // Rust's `{:e}` writes the same shortest digits: `1.8446744073709552e19`.
    let scientific = format!("{:e}", f.abs());
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or_default();
    let mut digits = mantissa.replace('.', "");
    if digits.ends_with(['1', '3', '5', '7', '9']) && halfway_below(f.abs(), &digits, exponent) {
        // Exactly halfway between two shortest candidates: Rust takes the
        // upper one, zmij the even one.
        if let Some(last) = digits.pop() {
            digits.push(char::from(last as u8 - 1));
        }
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0.0");
    }
    let count = digits.len() as i32;
    let text = match exponent {
        -5..=15 if count - 1 <= exponent => {
            format!("{digits}{}.0", "0".repeat((exponent + 1 - count) as usize))
        }
        0..=15 => {
            let (whole, fraction) = digits
                .split_at_checked(exponent as usize + 1)
                .unwrap_or((&digits, ""));
            format!("{whole}.{fraction}")
        }
        -5..=-1 => format!("0.{}{digits}", "0".repeat((-exponent - 1) as usize)),
        _ => {
            let (first, rest) = digits.split_at_checked(1).unwrap_or((&digits, ""));
            let point = if rest.is_empty() { "" } else { "." };
            let exponent_sign = if exponent < 0 { '-' } else { '+' };
            format!("{first}{point}{rest}e{exponent_sign}{}", exponent.abs())
        }
    };
    format!("{sign}{text}")
}

/// Whether `f` (positive) is exactly halfway between `digits` (its
/// shortest digits, the first one at `exponent`) and the same digits less
/// one in the last place: whether `f` is exactly (`digits` × 10 − 5) ×
/// 10^(exponent − n) for n digits. Only a fraction can be that (an integer
/// of n + 1 ≤ 18 digits ending in 5 is not a double above 2^53, and below
/// it needs no such digits), and only one of at most 25 decimal places, as
/// 5 to their power divides the halfway digits; so the check is exact in
/// 128 bits.
fn halfway_below(f: f64, digits: &str, exponent: i32) -> bool {
    let Ok(upper) = digits.parse::<u128>() else {
        return false;
    };
    let halfway = upper * 10 - 5;
    let places = digits.len() as i32 - exponent;
    if !(1..=25).contains(&places) {
        return false;
    }
    // f = mantissa × 2^binary, so f × 10^places = halfway when
    // mantissa × 5^places × 2^(places + binary) = halfway.
    let bits = f.to_bits();
    let (mantissa, binary) = match ((bits >> 52) & 0x7ff) as i32 {
        0 => (bits & ((1 << 52) - 1), -1074),
        raw => ((bits & ((1 << 52) - 1)) | (1 << 52), raw - 1075),
    };
    let scaled = u128::from(mantissa) * 5u128.pow(places as u32);
    let shift = places + binary;
    if shift >= 0 {
        scaled
            .checked_shl(shift as u32)
            .is_some_and(|value| value >> shift == scaled && value == halfway)
    } else {
        halfway
            .checked_shl((-shift) as u32)
            .is_some_and(|value| value >> -shift == halfway && value == scaled)
    }
}

impl Reader<'_> {
    /// A number whose sign (for a negative one, the `-`) has been read.
    pub(super) fn parse_integer(&mut self, positive: bool) -> Read<Number> {
        let Some(next) = self.next_char() else {
            return Err(self.error(Syntax::EofWhileParsingValue));
        };
        match next {
            b'0' => match self.peek_or_null() {
                // There can be only one leading '0'.
                b'0'..=b'9' => Err(self.peek_error(Syntax::InvalidNumber)),
                _ => self.parse_number(positive, 0),
            },
            first @ b'1'..=b'9' => {
                let mut significand = u64::from(first - b'0');
                loop {
                    match self.peek_or_null() {
                        digit @ b'0'..=b'9' => {
                            let digit = u64::from(digit - b'0');
                            if overflows(significand, digit, u64::MAX) {
                                return self
                                    .parse_long_integer(positive, significand)
                                    .map(Number::Float);
                            }
                            self.eat_char();
                            significand = significand * 10 + digit;
                        }
                        _ => return self.parse_number(positive, significand),
                    }
                }
            }
            _ => Err(self.error(Syntax::InvalidNumber)),
        }
    }

    fn parse_number(&mut self, positive: bool, significand: u64) -> Read<Number> {
        Ok(match self.peek_or_null() {
            b'.' => Number::Float(self.parse_decimal(positive, significand, 0)?),
            b'e' | b'E' => Number::Float(self.parse_exponent(positive, significand, 0)?),
            _ if positive => Number::Unsigned(significand),
            _ => {
                let negative = (significand as i64).wrapping_neg();
                // A float on underflow, or for `-0`.
                if negative >= 0 {
                    Number::Float(-(significand as f64))
                } else {
                    Number::Signed(negative)
                }
            }
        })
    }

    fn parse_decimal(&mut self, positive: bool, mut significand: u64, before: i32) -> Read<f64> {
        self.eat_char();
        let mut after = 0;
        while let digit @ b'0'..=b'9' = self.peek_or_null() {
            let digit = u64::from(digit - b'0');
            if overflows(significand, digit, u64::MAX) {
                return self.parse_decimal_overflow(positive, significand, before + after);
            }
            self.eat_char();
            significand = significand * 10 + digit;
            after -= 1;
        }
        // At least one digit after the decimal point.
        if after == 0 {
            return Err(match self.peek() {
                Some(_) => self.peek_error(Syntax::InvalidNumber),
                None => self.peek_error(Syntax::EofWhileParsingValue),
            });
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.parse_exponent(positive, significand, before + after),
            _ => self.f64_from_parts(positive, significand, before + after),
        }
    }

    fn parse_exponent(&mut self, positive: bool, significand: u64, starting: i32) -> Read<f64> {
        self.eat_char();
        let positive_exponent = match self.peek_or_null() {
            b'+' => {
                self.eat_char();
                true
            }
            b'-' => {
                self.eat_char();
                false
            }
            _ => true,
        };
        let mut exponent = match self.next_char() {
            None => return Err(self.error(Syntax::EofWhileParsingValue)),
            Some(digit @ b'0'..=b'9') => i32::from(digit - b'0'),
            Some(_) => return Err(self.error(Syntax::InvalidNumber)),
        };
        while let digit @ b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
            let digit = i32::from(digit - b'0');
            if overflows(exponent as u64, digit as u64, i32::MAX as u64) {
                return self.parse_exponent_overflow(positive, significand == 0, positive_exponent);
            }
            exponent = exponent * 10 + digit;
        }
        let exponent = if positive_exponent {
            starting.saturating_add(exponent)
        } else {
            starting.saturating_sub(exponent)
        };
        self.f64_from_parts(positive, significand, exponent)
    }

    /// The digits of an integer that no longer fit in a `u64` count as a
    /// power of ten.
    fn parse_long_integer(&mut self, positive: bool, significand: u64) -> Read<f64> {
        let mut exponent = 0;
        loop {
            match self.peek_or_null() {
                b'0'..=b'9' => {
                    self.eat_char();
                    exponent += 1;
                }
                b'.' => return self.parse_decimal(positive, significand, exponent),
                b'e' | b'E' => return self.parse_exponent(positive, significand, exponent),
                _ => return self.f64_from_parts(positive, significand, exponent),
            }
        }
    }

    /// Fraction digits that no longer fit in a `u64` are left out.
    fn parse_decimal_overflow(
        &mut self,
        positive: bool,
        significand: u64,
        exponent: i32,
    ) -> Read<f64> {
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
        }
        match self.peek_or_null() {
            b'e' | b'E' => self.parse_exponent(positive, significand, exponent),
            _ => self.f64_from_parts(positive, significand, exponent),
        }
    }

    /// An exponent past `i32::MAX`: out of range, or zero.
    fn parse_exponent_overflow(
        &mut self,
        positive: bool,
        zero_significand: bool,
        positive_exponent: bool,
    ) -> Read<f64> {
        if !zero_significand && positive_exponent {
            return Err(self.error(Syntax::NumberOutOfRange));
        }
        while let b'0'..=b'9' = self.peek_or_null() {
            self.eat_char();
        }
        Ok(if positive { 0.0 } else { -0.0 })
    }

    fn f64_from_parts(&mut self, positive: bool, significand: u64, mut exponent: i32) -> Read<f64> {
        let mut f = significand as f64;
        loop {
            let power = exponent.unsigned_abs() as usize;
            if power <= 308 {
                if exponent >= 0 {
                    f *= power_of_ten(power);
                    if f.is_infinite() {
                        return Err(self.error(Syntax::NumberOutOfRange));
                    }
                } else {
                    f /= power_of_ten(power);
                }
                break;
            }
            if f == 0.0 {
                break;
            }
            if exponent >= 0 {
                return Err(self.error(Syntax::NumberOutOfRange));
            }
            f /= 1e308;
            exponent += 308;
        }
        Ok(if positive { f } else { -f })
    }
}
