#!/usr/bin/env python3
"""The shipped binary spiking network (an .aimcnn file with a layer list) run in PyTorch: an
independent implementation of docs/model.md §10 (direct binary encoding, ±1 weights, batch-norm
with running statistics, integrate-and-fire with reset by subtraction, residual add, OR pooling,
mean over time) evaluated on the MNIST test set. Prints one line:
  accuracy A time_steps T images N seconds S
usage: bsnn_torch.py MODEL MNIST_DIR [--time-steps T] [--threads N] [--images N]"""
import argparse, json, struct, time

import numpy as np
import torch
import torch.nn.functional as F


def read_model(path):
    b = open(path, "rb").read()
    assert b[:8] == b"AIMC-NN\n", "not an aimc model"
    hlen = struct.unpack_from("<I", b, 12)[0]
    header = json.loads(b[16:16 + hlen])
    body = b[16 + hlen + 12:]
    tensors = {t["name"]: np.frombuffer(body, "<f4", t["count"], t["offset"]) for t in header["tensors"]}
    return header, tensors


def read_idx(path):
    b = open(path, "rb").read()
    ndim = b[3]
    dims = struct.unpack_from(">" + "I" * ndim, b, 4)
    return np.frombuffer(b, np.uint8, offset=4 + 4 * ndim).reshape(dims)


def build(header, tensors):
    arch = header["arch"]
    layers = arch["layers"]
    theta = arch["snn"]["threshold"]
    ops = []
    for i, L in enumerate(layers):
        k, key = L["kind"], f"{i}.{L['kind']}."
        if k in ("bconv", "bfc"):
            w = torch.from_numpy(tensors[key + "weight"].copy())
            cin, cout = L["in"][0] * L["in"][1] * L["in"][2], L["outputs"]
            if k == "bconv":
                kk = L["kernel"]
                # shadow weights are (C_in·k·k) × C_out, column-major: element (r, c) at c·rows + r
                w = w.reshape(cout, L["in"][0], kk, kk)
            else:
                w = w.reshape(cout, cin)
            w = torch.where(w >= 0, 1.0, -1.0)
            ops.append((k, w, L))
        elif k == "batchnorm":
            g, be = tensors[key + "gamma"], tensors[key + "beta"]
            m, v = tensors[key + "running_mean"], tensors[key + "running_var"]
            ops.append((k, [torch.from_numpy(x.copy()) for x in (m, v, g, be)], L))
        else:
            ops.append((k, None, L))
    return ops, theta


def forward(ops, theta, x, T):
    """x: images (n, 1, 28, 28) in [0, 1]; returns logits (n, classes)."""
    n = x.shape[0]
    outs = []
    a = None
    for k, p, L in ops:
        if k == "encode":
            a = (x >= 0.5).float().repeat(T, 1, 1, 1)  # row t·n + b
        elif k == "bconv":
            a = F.conv2d(a, p, padding=L["pad"])
        elif k == "bfc":
            a = a.reshape(a.shape[0], -1) @ p.t()
        elif k == "batchnorm":
            m, v, g, be = p
            shape = (1, -1, 1, 1) if a.dim() == 4 else (1, -1)
            a = (a - m.view(shape)) / torch.sqrt(v.view(shape) + 1e-5) * g.view(shape) + be.view(shape)
        elif k == "add":
            a = a + outs[L["from"]]
        elif k == "if":
            cur = a.reshape(T, n, *a.shape[1:])
            u = torch.zeros_like(cur[0])
            spikes = []
            for t in range(T):
                v = u + cur[t]
                s = (v >= theta).float()
                u = v - theta * s
                spikes.append(s)
            a = torch.cat(spikes, 0)
        elif k == "maxpool":
            a = F.max_pool2d(a, L["window"])
        elif k == "tmean":
            a = a.reshape(T, n, -1).mean(0)
        else:
            raise SystemExit(f"layer {k} is not supported")
        outs.append(a)
    return a


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("mnist")
    ap.add_argument("--time-steps", type=int, default=0)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--images", type=int, default=10000)
    ap.add_argument("--batch", type=int, default=256)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    header, tensors = read_model(a.model)
    T = a.time_steps or header["arch"]["snn"]["time_steps"]
    ops, theta = build(header, tensors)
    imgs = read_idx(f"{a.mnist}/t10k-images-idx3-ubyte")[: a.images]
    labels = torch.from_numpy(read_idx(f"{a.mnist}/t10k-labels-idx1-ubyte")[: a.images].astype(np.int64))
    x = torch.from_numpy(imgs.astype(np.float32) / 255.0).unsqueeze(1)
    t0 = time.perf_counter()
    right = 0
    with torch.no_grad():
        for b in range(0, len(x), a.batch):
            logits = forward(ops, theta, x[b:b + a.batch], T)
            right += int((logits.argmax(1) == labels[b:b + a.batch]).sum())
    print(f"accuracy {right / len(x):.4f} time_steps {T} images {len(x)} seconds {time.perf_counter() - t0:.3f}")


if __name__ == "__main__":
    main()
