"""Attribute-heavy code: reading and writing instance attributes in hot
loops, class attributes, and getattr/setattr by name."""


class Particle:
    gravity = -0.5

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        self.bounces = 0


class Config:
    width = 100
    height = 80
    damping = 3


def simulate(particles, steps):
    for _ in range(steps):
        for p in particles:
            p.vy += 1
            p.x += p.vx
            p.y += p.vy
            if p.x < 0 or p.x > Config.width:
                p.vx = -p.vx
                p.bounces += 1
            if p.y > Config.height:
                p.y = Config.height
                p.vy = -p.vy + Config.damping
                p.bounces += 1


def main():
    particles = [Particle(i % 100, i % 50, i % 7 - 3, 0) for i in range(100)]
    simulate(particles, 20000)
    print("bounces:", sum(p.bounces for p in particles))
    print("positions:", sum(p.x for p in particles), sum(p.y for p in particles))

    names = ["x", "y", "vx", "vy"]
    total = 0
    for i in range(1600000):
        p = particles[i % 100]
        for n in names:
            total += getattr(p, n)
        setattr(p, "x", i % 100)
    print("getattr:", total)

    g = 0.0
    for i in range(1600000):
        g += Particle.gravity
    print("class attr:", g)


main()
