# A small ray tracer (spheres, a checkered plane, one light, Lambert shading, shadows and one
# reflection) rendering image rows split between N threads (argv[1], default 1): independent
# floating-point work with small objects and method calls. The checksum of the quantized
# pixels is the same for any thread count.
import math
import sys
import threading

WIDTH = 320
HEIGHT = 240
EPSILON = 1e-4


class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / math.sqrt(self.dot(self)))


class Sphere:
    def __init__(self, center, radius, color, reflect):
        self.center = center
        self.radius = radius
        self.color = color
        self.reflect = reflect

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal(self, point):
        return point.sub(self.center).norm()

    def color_at(self, point):
        return self.color


class Plane:
    def __init__(self, y, reflect):
        self.y = y
        self.reflect = reflect

    def hit(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return None
        t = (self.y - origin.y) / direction.y
        return t if t > EPSILON else None

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)

    def color_at(self, point):
        if (math.floor(point.x) + math.floor(point.z)) % 2 == 0:
            return Vec(0.9, 0.9, 0.9)
        return Vec(0.2, 0.2, 0.25)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, Vec(0.9, 0.2, 0.2), 0.3),
            Sphere(Vec(-2.2, 0.7, 6.0), 0.7, Vec(0.2, 0.9, 0.3), 0.1),
            Sphere(Vec(2.0, 0.8, 4.2), 0.8, Vec(0.3, 0.4, 0.95), 0.5),
            Sphere(Vec(0.8, 0.35, 3.0), 0.35, Vec(0.95, 0.85, 0.2), 0.0),
            Plane(0.0, 0.2),
        ]
        self.light = Vec(-4.0, 6.0, -1.0)
        self.ambient = 0.1

    def closest(self, origin, direction):
        best = None
        best_t = 1e30
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t is not None and t < best_t:
                best_t = t
                best = obj
        return best, best_t

    def shadowed(self, point, to_light, dist):
        for obj in self.objects:
            t = obj.hit(point, to_light)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, origin, direction, depth):
        obj, t = self.closest(origin, direction)
        if obj is None:
            k = 0.5 * (direction.y + 1.0)
            return Vec(0.5 + 0.3 * k, 0.7 + 0.2 * k, 1.0)
        point = origin.add(direction.scale(t))
        normal = obj.normal(point)
        base = obj.color_at(point)
        light_vec = self.light.sub(point)
        dist = math.sqrt(light_vec.dot(light_vec))
        to_light = light_vec.scale(1.0 / dist)
        lambert = normal.dot(to_light)
        if lambert < 0.0 or self.shadowed(point, to_light, dist):
            lambert = 0.0
        color = base.scale(self.ambient + (1.0 - self.ambient) * lambert)
        if depth > 0 and obj.reflect > 0.0:
            refl = direction.sub(normal.scale(2.0 * direction.dot(normal)))
            bounced = self.trace(point, refl, depth - 1)
            color = color.scale(1.0 - obj.reflect).add(bounced.scale(obj.reflect))
        return color


def quantize(c):
    v = int(c * 255.0)
    return 0 if v < 0 else (255 if v > 255 else v)


def render_rows(scene, first, step, out):
    eye = Vec(0.0, 1.2, -1.0)
    aspect = WIDTH / HEIGHT
    for y in range(first, HEIGHT, step):
        row = []
        sy = 1.0 - 2.0 * (y + 0.5) / HEIGHT
        for x in range(WIDTH):
            sx = (2.0 * (x + 0.5) / WIDTH - 1.0) * aspect
            direction = Vec(sx, sy, 1.5).norm()
            c = scene.trace(eye, direction, 2)
            row.append((quantize(c.x), quantize(c.y), quantize(c.z)))
        out.append((y, row))


def main(threads):
    scene = Scene()
    out = []
    workers = [threading.Thread(target=render_rows, args=(scene, k, threads, out))
               for k in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    out.sort()
    assert [y for y, _ in out] == list(range(HEIGHT))
    checksum = 0
    total = 0
    for y, row in out:
        for r, g, b in row:
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
            total += r + g + b
    print(checksum, total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
