//! roman: converts numbers to Roman numerals and Roman numerals back to numbers.
//!
//! ```text
//! $ roman 2024 MCMLXXXVII
//! MMXXIV
//! 1987
//! ```

use std::env;
use std::fmt;
use std::process::ExitCode;

/// The symbols in descending order, with the subtractive pairs (CM, XC, ...) among them, so that
/// writing a number is a greedy walk down this table.
const SYMBOLS: [(u32, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// The largest number standard numerals can write: 4000 would need MMMM.
const LARGEST: u32 = 3999;

#[derive(Debug, PartialEq)]
enum Problem {
    OutOfRange(String),
    NotANumeral(String),
    NotCanonical(String, String),
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Problem::OutOfRange(arg) => {
                write!(f, "{arg}: Roman numerals go from 1 to {LARGEST}")
            }
            Problem::NotANumeral(arg) => {
                write!(f, "{arg}: neither a number nor a Roman numeral (I V X L C D M)")
            }
            Problem::NotCanonical(arg, canonical) => {
                write!(f, "{arg}: not the usual way to write it; did you mean {canonical}?")
            }
        }
    }
}

fn to_roman(mut number: u32) -> String {
    let mut numeral = String::new();
    for (value, symbol) in SYMBOLS {
        while number >= value {
            numeral.push_str(symbol);
            number -= value;
        }
    }
    numeral
}

fn symbol_value(c: char) -> Option<u32> {
    match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    }
}

fn from_roman(arg: &str) -> Result<u32, Problem> {
    let upper = arg.to_ascii_uppercase();
    let values: Option<Vec<u32>> = upper.chars().map(symbol_value).collect();
    let values = match values {
        Some(values) if !values.is_empty() => values,
        _ => return Err(Problem::NotANumeral(arg.to_string())),
    };

    // A symbol smaller than the one after it is subtracted: the I in IV, the C in CM.
    let mut total: u32 = 0;
    for (i, &value) in values.iter().enumerate() {
        match values.get(i + 1) {
            Some(&next) if value < next => total = total.wrapping_sub(value),
            _ => total = total.wrapping_add(value),
        }
    }

    // Sums alone accept IIII, VX or IM; only a numeral that reads back the same is accepted.
    if total == 0 || total > LARGEST {
        return Err(Problem::NotANumeral(arg.to_string()));
    }
    let canonical = to_roman(total);
    if canonical != upper {
        return Err(Problem::NotCanonical(arg.to_string(), canonical));
    }
    Ok(total)
}

fn convert(arg: &str) -> Result<String, Problem> {
    if arg.chars().all(|c| c.is_ascii_digit()) && !arg.is_empty() {
        return match arg.parse::<u32>() {
            Ok(number) if (1..=LARGEST).contains(&number) => Ok(to_roman(number)),
            _ => Err(Problem::OutOfRange(arg.to_string())),
        };
    }
    from_roman(arg).map(|number| number.to_string())
}

const USAGE: &str = "usage: roman NUMBER|NUMERAL...
Writes each number from 1 to 3999 as a Roman numeral, and each Roman numeral as a number.";

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    if args.iter().any(|a| a == "-h" || a == "--help") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }

    let mut failed = false;
    for arg in &args {
        match convert(arg) {
            Ok(answer) => println!("{answer}"),
            Err(problem) => {
                eprintln!("roman: {problem}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_numbers_with_subtractive_pairs() {
        assert_eq!(to_roman(1987), "MCMLXXXVII");
        assert_eq!(to_roman(2024), "MMXXIV");
        assert_eq!(to_roman(3999), "MMMCMXCIX");
    }

    #[test]
    fn reads_numerals_in_either_case() {
        assert_eq!(from_roman("MCMLXXXVII"), Ok(1987));
        assert_eq!(from_roman("mmxxiv"), Ok(2024));
    }

    #[test]
    fn every_number_reads_back_as_itself() {
        for number in 1..=LARGEST {
            assert_eq!(from_roman(&to_roman(number)), Ok(number));
        }
    }

    #[test]
    fn refuses_numerals_written_the_long_way() {
        assert_eq!(
            from_roman("IIII"),
            Err(Problem::NotCanonical("IIII".to_string(), "IV".to_string()))
        );
    }

    #[test]
    fn refuses_what_is_neither() {
        assert_eq!(convert("0"), Err(Problem::OutOfRange("0".to_string())));
        assert_eq!(convert("4000"), Err(Problem::OutOfRange("4000".to_string())));
        assert_eq!(convert("12a"), Err(Problem::NotANumeral("12a".to_string())));
        assert_eq!(convert("IM"), Err(Problem::NotCanonical("IM".to_string(), "CMXCIX".to_string())));
    }
}
