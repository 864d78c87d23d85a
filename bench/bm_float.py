"""Float arithmetic: a Mandelbrot set and a small n-body simulation."""


def mandelbrot(width, height, max_iter):
    inside = 0
    for py in range(height):
        ci = py * 2.0 / height - 1.0
        for px in range(width):
            cr = px * 3.0 / width - 2.0
            zr = zi = 0.0
            n = 0
            while n < max_iter and zr * zr + zi * zi < 4.0:
                zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
                n += 1
            if n == max_iter:
                inside += 1
    return inside


def nbody(steps):
    # Positions, velocities and masses of five bodies in flat lists.
    xs = [0.0, 4.84, 8.34, 12.89, 15.38]
    ys = [0.0, -1.16, 4.12, -15.11, -25.92]
    vx = [0.0, 0.606, -1.01, 1.08, 0.979]
    vy = [0.0, 2.81, 1.82, 0.868, 0.594]
    ms = [39.47, 0.037, 0.011, 0.0017, 0.002]
    dt = 0.01
    n = len(xs)
    for _ in range(steps):
        for i in range(n):
            xi, yi, mi = xs[i], ys[i], ms[i]
            for j in range(i + 1, n):
                dx = xi - xs[j]
                dy = yi - ys[j]
                d2 = dx * dx + dy * dy
                mag = dt / (d2 * d2 ** 0.5)
                mj = ms[j]
                vx[i] -= dx * mj * mag
                vy[i] -= dy * mj * mag
                vx[j] += dx * mi * mag
                vy[j] += dy * mi * mag
        for i in range(n):
            xs[i] += dt * vx[i]
            ys[i] += dt * vy[i]
    e = 0.0
    for i in range(n):
        e += 0.5 * ms[i] * (vx[i] * vx[i] + vy[i] * vy[i])
    return e


def main():
    print("mandelbrot inside:", mandelbrot(320, 200, 80))
    print("nbody energy: %.9f" % nbody(100000))
    s = 0.0
    x = 0.5
    for i in range(1600000):
        s += x * 1.0000001 - s / 3.0
        x = x * 0.999999 + 0.000001
    print("series: %.6f" % s)


main()
