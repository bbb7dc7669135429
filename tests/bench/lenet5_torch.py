#!/usr/bin/python3
"""PyTorch reference of aimc's ternary LeNet-5 (docs/model.md §5, Doevenspeck Fig. 12): the same layers,
quantizers and weight noise, for the side-by-side benchmark (tests/bench/bench_nn.sh).

usage: lenet5_torch.py MNIST_DIR [--epochs E] [--threads T] [--widths 6,16,120,84] [--sigma S]
                       [--train-images N]
Prints per epoch: loss, accuracies, epoch time and 10 000-image evaluation time (wall and CPU).
"""
import argparse, gzip, os, struct, time
import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    ndim = magic & 0xFF
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def find(d, stem):
    for name in (stem, stem + ".gz"):
        if os.path.exists(os.path.join(d, name)):
            return os.path.join(d, name)
    raise FileNotFoundError(os.path.join(d, stem))


class Ternary(torch.autograd.Function):
    """TWN threshold 0.7·mean|w|, scale = mean |w| above it; + σ·LSB noise; straight-through."""
    @staticmethod
    def forward(ctx, w, sigma):
        delta = 0.7 * w.abs().mean()
        t = (w > delta).float() - (w < -delta).float()
        mask = t != 0
        alpha = w.abs()[mask].mean() if mask.any() else w.new_tensor(1.0)
        if sigma > 0:
            t = t + sigma * torch.randn_like(t)
        return alpha * t

    @staticmethod
    def backward(ctx, g):
        return g, None


class ActQ(torch.autograd.Function):
    """b-bit DAC: clip to [0, a_max], round to 2^b - 1 steps; gradient passes inside the range."""
    @staticmethod
    def forward(ctx, x, bits, a_max):
        ctx.save_for_backward(x)
        ctx.a_max = a_max
        levels = (1 << bits) - 1
        return torch.round(x.clamp(0, a_max) * (levels / a_max)) * (a_max / levels)

    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * ((x > 0) & (x < ctx.a_max)).float(), None, None


class TLinear(nn.Linear):
    sigma = 0.0
    def forward(self, x):
        return F.linear(x, Ternary.apply(self.weight, self.sigma), self.bias)


class TConv(nn.Conv2d):
    sigma = 0.0
    def forward(self, x):
        return F.conv2d(x, Ternary.apply(self.weight, self.sigma), None, 1, self.padding)


class LeNet5(nn.Module):
    def __init__(self, w, bits=4, a_max=2.0):
        super().__init__()
        c1, c2, f1, f2 = w
        self.bits, self.a_max = bits, a_max
        self.conv1, self.bn1 = TConv(1, c1, 5, padding=2, bias=False), nn.BatchNorm2d(c1)
        self.conv2, self.bn2 = TConv(c1, c2, 5, bias=False), nn.BatchNorm2d(c2)
        self.fc1, self.bn3 = TLinear(c2 * 25, f1, bias=False), nn.BatchNorm1d(f1)
        self.fc2, self.bn4 = TLinear(f1, f2, bias=False), nn.BatchNorm1d(f2)
        self.fc3 = TLinear(f2, 10)

    def q(self, x):
        return ActQ.apply(x, self.bits, self.a_max)

    def forward(self, x):
        x = ActQ.apply(x, self.bits, 1.0)
        x = self.q(F.max_pool2d(F.relu(self.bn1(self.conv1(x))), 2))
        x = self.q(F.max_pool2d(F.relu(self.bn2(self.conv2(x))), 2))
        x = self.q(F.relu(self.bn3(self.fc1(x.flatten(1)))))
        x = self.q(F.relu(self.bn4(self.fc2(x))))
        return self.fc3(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--widths", default="6,16,120,84")
    ap.add_argument("--sigma", type=float, default=0.0)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--train-images", type=int, default=0)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    xtr = torch.tensor(read_idx(find(a.data, "train-images-idx3-ubyte")), dtype=torch.float32).div_(255).unsqueeze(1)
    ytr = torch.tensor(read_idx(find(a.data, "train-labels-idx1-ubyte")), dtype=torch.long)
    xte = torch.tensor(read_idx(find(a.data, "t10k-images-idx3-ubyte")), dtype=torch.float32).div_(255).unsqueeze(1)
    yte = torch.tensor(read_idx(find(a.data, "t10k-labels-idx1-ubyte")), dtype=torch.long)
    if a.train_images:
        xtr, ytr = xtr[:a.train_images], ytr[:a.train_images]
    net = LeNet5([int(v) for v in a.widths.split(",")])
    for m in net.modules():
        if isinstance(m, (TConv, TLinear)):
            m.sigma = a.sigma
    opt = torch.optim.Adam(net.parameters(), lr=a.lr)
    steps = a.epochs * ((len(xtr) + a.batch - 1) // a.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: 0.5 * (1 + np.cos(np.pi * min(s, steps) / steps)))
    for epoch in range(a.epochs):
        net.train()
        t0, c0 = time.time(), time.process_time()
        perm = torch.randperm(len(xtr))
        tot, correct, n = 0.0, 0, 0
        for i in range(0, len(xtr), a.batch):
            idx = perm[i:i + a.batch]
            out = net(xtr[idx])
            loss = F.cross_entropy(out, ytr[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            tot += loss.item() * len(idx)
            correct += (out.argmax(1) == ytr[idx]).sum().item()
            n += len(idx)
        train_s, train_cpu = time.time() - t0, time.process_time() - c0
        net.eval()
        t0, c0 = time.time(), time.process_time()
        with torch.no_grad():
            pred = torch.cat([net(xte[i:i + 1000]).argmax(1) for i in range(0, len(xte), 1000)])
        eval_s, eval_cpu = time.time() - t0, time.process_time() - c0
        acc = (pred == yte).float().mean().item()
        print(f"epoch {epoch + 1}: loss {tot / n:.4f} train_acc {correct / n:.4f} test_acc {acc:.4f} "
              f"epoch_s {train_s:.2f} epoch_cpu_s {train_cpu:.2f} eval10k_s {eval_s:.3f} eval10k_cpu_s {eval_cpu:.3f}",
              flush=True)


if __name__ == "__main__":
    main()
