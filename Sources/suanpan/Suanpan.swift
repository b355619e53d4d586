import SuanpanCore

@main
struct Suanpan {
    static func main() {
        print(Exact("64.63")! + Exact("14")!)
    }
}
