// The logistic fitting behind the speaker models: deterministic, and it learns what the data says.
import { expectedCalibrationError, fitLogistic, logLoss, solve } from '../../src/eval/logistic';

describe('logistic regression', () => {
  test('solve answers a small linear system', () => {
    const x = solve([[4, 1], [1, 3]], [1, 2]);
    expect(x[0]).toBeCloseTo(1 / 11);
    expect(x[1]).toBeCloseTo(7 / 11);
  });

  test('a feature that raises the odds gets a positive weight, and the fit is the same twice', () => {
    // 3 of 4 rows with the feature are right, 1 of 4 without it.
    const x = [[1, 1], [1, 1], [1, 1], [1, 1], [1, 0], [1, 0], [1, 0], [1, 0]];
    const y = [1, 1, 1, 0, 1, 0, 0, 0];
    const w = fitLogistic(x, y, { l2: 0, iterations: 50 });
    expect(w[0]).toBeCloseTo(Math.log(1 / 3), 4);
    expect(w[1]).toBeCloseTo(Math.log(3) - Math.log(1 / 3), 4);
    expect(fitLogistic(x, y, { l2: 0, iterations: 50 })).toEqual(w);
    // An unpenalized fit with a bias matches the base rate: calibrated in-sample.
    const p = x.map((r) => 1 / (1 + Math.exp(-(r[0] * w[0] + r[1] * w[1]))));
    expect(expectedCalibrationError(p, y)).toBeCloseTo(0, 6);
    expect(logLoss(p, y)).toBeGreaterThan(0);
  });
});
