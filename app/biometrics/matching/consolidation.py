"""From cylinder similarities to one score: Local Similarity Sort with Relaxation (LSS-R).

Everything works on a batch of candidates at once, padded to the largest: the 1:N search compares a probe
with a few hundred candidates in one call. Padding cylinders are invalid, so they never pair.
"""

from __future__ import annotations

import numpy as np

from app.biometrics.matching.cylinders import Cylinders, Params, wrap


def _bools(words: np.ndarray, cells: int) -> np.ndarray:
    """Packed (..., words) bits as float32 0/1 (..., cells)."""
    return np.unpackbits(words.view(np.uint8), axis=-1, bitorder="little")[..., :cells].astype(np.float32)


def _popcount(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Common set bits of (nA, ..., words) and (C, M, ..., words), summed per pair: (C, nA, M). Word by word:
    numpy sums over a short last axis slowly, and this is the matcher's busiest loop."""
    c, m = b.shape[:2]
    a_words = a.reshape(len(a), -1)
    b_words = np.ascontiguousarray(b.reshape(c, m, -1).transpose(2, 0, 1))  # (words, C, M)
    total = np.zeros((c, len(a), m), dtype=np.int32)
    for k in range(a_words.shape[1]):
        total += np.bitwise_count(a_words[None, :, k, None] & b_words[k][:, None, :])
    return total


def local_similarity(a: Cylinders, bits: np.ndarray, valid: np.ndarray, angle: np.ndarray,
                     p: Params, cells: int) -> np.ndarray:
    """(C, nA, M) similarities of ``a``'s cylinders with those of C candidates stacked as (C, M, ...);
    0 where two cylinders share too few cells or their minutiae point too differently.

    Bits outside a cylinder's own valid cells are already clear, so the bits common to both need no mask, and
    a cylinder's bits inside the other's valid cells are its per-cell counts times that mask. No BLAS: OpenBLAS
    splits products of this size over both cores, and on a busy machine waiting for the second core took ten
    times as long as the work."""
    c, m = angle.shape
    count_a = _bools(a.bits, cells).sum(1)  # (nA, cells): set bits per cell over the layers
    count_b = _bools(bits, cells).sum(2)
    valid_a, valid_b = _bools(a.valid, cells), _bools(valid, cells)
    total = np.einsum("ak,cmk->cam", np.concatenate([count_a, valid_a], 1), np.concatenate([valid_b, count_b], 2))
    both, shared = _popcount(a.bits, bits), _popcount(a.valid, valid)
    # cos of the direction difference, from sines and cosines: cheaper than wrapping (C, nA, M) angles
    aligned = (np.cos(a.angle)[None, :, None] * np.cos(angle)[:, None, :]
               + np.sin(a.angle)[None, :, None] * np.sin(angle)[:, None, :])
    ok = (shared >= p.min_common_cells * cells) & (total > 0) & (aligned >= np.cos(p.max_turn))
    return np.where(ok, 2 * both / np.maximum(total, 1), 0.0)


def _sigmoid(v: np.ndarray, mu_tau: tuple[float, float]) -> np.ndarray:
    mu, tau = mu_tau
    return 1 / (1 + np.exp(np.clip(-tau * (v - mu), -50, 50)))  # clipped: exp overflows far out


def _geometry(x: np.ndarray, y: np.ndarray, angle: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Pairwise distances, direction differences and radial angles of (C, n) minutiae: each (C, n, n)."""
    dx = x[:, None, :] - x[:, :, None]
    dy = y[:, None, :] - y[:, :, None]
    turn = wrap(angle[:, :, None] - angle[:, None, :])
    radial = wrap(angle[:, :, None] - np.arctan2(-dy, dx))
    return np.hypot(dx, dy), turn, radial


def lss_r(sim: np.ndarray, a: Cylinders, x: np.ndarray, y: np.ndarray, angle: np.ndarray,
          counts: np.ndarray, p: Params) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray], np.ndarray]:
    """(C,) scores: the top min(nA, nB) pairs by similarity are relaxed by their geometric compatibility,
    and the nP with the best efficiency (relaxed over initial similarity) are averaged. Also the indices
    (C, H) into a and into the candidates of the H pairs with the highest relaxed similarity, and which of
    those are real pairs (a candidate may have fewer than H)."""
    c, na, m = sim.shape
    smaller = np.minimum(na, counts)  # (C,)
    top = min(na, m)
    flat = sim.reshape(c, -1).astype(np.float64)
    # similarities are ratios of small counts and tie often. Ties are broken by the two minutiae's positions,
    # which neither their order nor the padding of a batch changes, so a candidate scores the same alone and
    # in a batch, and a against b as b against a (distinct ratios differ by far more than the 1e-8 or so added)
    key = (a.x + 0.7548776662 * a.y).astype(np.float64)[None, :, None] + (x + 0.7548776662 * y)[:, None, :]
    rank = flat - 1e-12 * key.reshape(c, -1)
    order = np.argpartition(-rank, top - 1, axis=1)[:, :top]
    order = np.take_along_axis(order, np.argsort(-np.take_along_axis(rank, order, axis=1), axis=1), axis=1)
    lam0 = np.take_along_axis(flat, order, axis=1)
    used = np.arange(top)[None, :] < smaller[:, None]
    lam0 = np.where(used, lam0, 0.0)
    ia, ib = order // m, order % m
    rows = np.arange(c)[:, None]
    da, ta, ra = _geometry(a.x[ia], a.y[ia], a.angle[ia])
    db, tb, rb = _geometry(x[rows, ib], y[rows, ib], angle[rows, ib])
    rho = (_sigmoid(np.abs(da - db), p.relax_distance) * _sigmoid(np.abs(wrap(ta - tb)), p.relax_direction)
           * _sigmoid(np.abs(wrap(ra - rb)), p.relax_radial))
    rho *= (used[:, :, None] & used[:, None, :]) & ~np.eye(top, dtype=bool)
    lam = lam0
    spread = np.maximum(smaller - 1, 1)[:, None]
    for _ in range(p.relax_rounds):
        lam = p.relax_weight * lam + (1 - p.relax_weight) * np.einsum("ctk,ck->ct", rho, lam) / spread
    efficiency = np.where(lam0 > 0, lam / np.where(lam0 > 0, lam0, 1), -1.0)
    size = _sigmoid(smaller.astype(float), (p.pairs_mu, p.pairs_tau))
    n_pairs = np.minimum(p.min_pairs + np.round(size * (p.max_pairs - p.min_pairs)).astype(int), smaller)
    best = np.argsort(-efficiency, axis=1, kind="stable")
    chosen = np.take_along_axis(lam, best, axis=1)
    taken = np.arange(top)[None, :] < n_pairs[:, None]
    score = np.where(n_pairs > 0, (chosen * taken).sum(1) / np.maximum(n_pairs, 1), 0.0)
    h = min(p.hypotheses, top)
    paired = lam0 > 0  # only these are real pairs: the rest may point at padding
    strongest = np.argsort(-np.where(paired, lam, -1.0), axis=1, kind="stable")[:, :h]
    hypotheses = np.take_along_axis(ia, strongest, axis=1), np.take_along_axis(ib, strongest, axis=1)
    return score, hypotheses, np.take_along_axis(paired, strongest, axis=1)


def alignment(a: Cylinders, x: np.ndarray, y: np.ndarray, angle: np.ndarray,
              hypotheses: tuple[np.ndarray, np.ndarray], real: np.ndarray, p: Params) -> np.ndarray:
    """(C,) share of minutiae paired under the best of the hypothesised alignments (one pair of minutiae laid
    on each other), counted only among minutiae that lie where the other print has minutiae too. Padding
    minutiae of the candidates must lie far outside any print."""
    c = x.shape[0]
    rows = np.arange(c)[:, None]
    hyp_a, hyp_b = hypotheses
    phi = angle[rows, hyp_b] - a.angle[hyp_a]  # (C, H)
    cos, sin = np.cos(phi)[..., None], np.sin(phi)[..., None]
    dx = a.x[None, None, :] - a.x[hyp_a][..., None]
    dy = a.y[None, None, :] - a.y[hyp_a][..., None]
    tx = dx * cos + dy * sin + x[rows, hyp_b][..., None]  # (C, H, nA): a's minutiae in the candidate's frame
    ty = -dx * sin + dy * cos + y[rows, hyp_b][..., None]
    # (C, H, nA, M) arrays, computed in place: this is the second busiest part of the matcher
    d2 = np.square(tx[..., None] - x[:, None, None, :])
    d2 += np.square(ty[..., None] - y[:, None, None, :])
    turned = a.angle[None, None, :] + phi[..., None]
    agree = np.cos(turned)[..., None] * np.cos(angle)[:, None, None, :]
    agree += np.sin(turned)[..., None] * np.sin(angle)[:, None, None, :]  # cos of the direction difference
    close = d2 <= p.pair_distance**2
    close &= agree >= np.cos(p.pair_turn)
    near = d2 <= p.overlap_distance**2
    # pairs are one-to-one: each minutia's nearest close partner must have it as its own nearest
    masked = np.where(close, d2, np.inf)
    mutual = masked == masked.min(-1, keepdims=True)
    mutual &= masked == masked.min(-2, keepdims=True)
    mutual &= close
    paired = np.count_nonzero(mutual, axis=(-1, -2))
    seen = near.any(-1).sum(-1) * near.any(-2).sum(-1)
    share = np.where(real & (seen > 0), paired * paired / np.maximum(seen, 1), 0.0)
    share = share * _sigmoid(paired.astype(np.float32), (p.paired_mu, p.paired_tau))
    return share.max(-1) if share.shape[-1] else np.zeros(c)
